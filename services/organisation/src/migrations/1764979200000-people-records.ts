import type { MigrationInterface, QueryRunner } from "typeorm";
import { DUTIES_MAX, DUTY_MAX, WORK_UNIT_MAX } from "@dongting/domain/organisation-people";

/**
 * People and party records (issue 13 point 6): a person's building and ID number (unique, checked shape;
 * the checksum is the service's), sunk-down members' reports (one per person and day), and the grids and
 * buildings a party unit covers (links die with either end).
 */
export class PeopleRecords1764979200000 implements MigrationInterface {
  name = "PeopleRecords1764979200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "building_id" uuid`);
    await queryRunner.query(`ALTER TABLE "person" ADD "id_number" character varying(18)`);
    await queryRunner.query(`CREATE INDEX "person_building_idx" ON "person" ("building_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "person_id_number_key" ON "person" ("id_number")`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_id_number_check" CHECK ("id_number" IS NULL OR "id_number" ~ '^[1-9][0-9]{16}[0-9X]$')`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "person_building_fk"
      FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "sunk_down_report" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "person_id" uuid NOT NULL,
      "org_unit_id" uuid NOT NULL,
      "work_unit" character varying(${WORK_UNIT_MAX}) NOT NULL,
      "reported_on" date NOT NULL,
      "duties" character varying(${DUTY_MAX}) array NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "sunk_down_report_duties_check" CHECK (cardinality("duties") BETWEEN 1 AND ${DUTIES_MAX}),
      CONSTRAINT "sunk_down_report_work_unit_check" CHECK (char_length("work_unit") BETWEEN 1 AND ${WORK_UNIT_MAX}),
      CONSTRAINT "PK_sunk_down_report" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE INDEX "sunk_down_report_org_unit_idx" ON "sunk_down_report" ("org_unit_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sunk_down_report_person_day_key" ON "sunk_down_report" ("person_id", "reported_on")`);
    await queryRunner.query(`ALTER TABLE "sunk_down_report" ADD CONSTRAINT "sunk_down_report_person_fk"
      FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sunk_down_report" ADD CONSTRAINT "sunk_down_report_org_unit_fk"
      FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    for (const [table, column, target] of [
      ["org_unit_grid", "grid_id", "grid"],
      ["org_unit_building", "building_id", "building"],
    ] as const) {
      await queryRunner.query(`CREATE TABLE "${table}" ("org_unit_id" uuid NOT NULL, "${column}" uuid NOT NULL,
        CONSTRAINT "PK_${table}" PRIMARY KEY ("org_unit_id", "${column}"))`);
      await queryRunner.query(`CREATE INDEX "${table}_${target}_idx" ON "${table}" ("${column}")`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_org_unit_fk"
        FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_${target}_fk"
        FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "org_unit_building"`);
    await queryRunner.query(`DROP TABLE "org_unit_grid"`);
    await queryRunner.query(`DROP TABLE "sunk_down_report"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_building_fk"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "id_number"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "building_id"`);
  }
}
