import type { MigrationInterface, QueryRunner } from "typeorm";

/** The grid tree (网格 -> 小邻里 -> 楼栋) and where people live. */
export class GridTree1764460800000 implements MigrationInterface {
  name = "GridTree1764460800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "grid" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "code" varchar(20) NOT NULL,
      "name" varchar(60) NOT NULL,
      "leader_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_grid" PRIMARY KEY ("id"),
      CONSTRAINT "grid_code_check" CHECK (char_length("code") BETWEEN 1 AND 20),
      CONSTRAINT "grid_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "grid_leader_fk" FOREIGN KEY ("leader_id") REFERENCES "person"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "grid_code_key" ON "grid" ("code")`);
    await queryRunner.query(`CREATE INDEX "grid_leader_idx" ON "grid" ("leader_id")`);

    await queryRunner.query(`CREATE TABLE "neighbourhood" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(60) NOT NULL,
      "grid_id" uuid NOT NULL,
      "leader_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_neighbourhood" PRIMARY KEY ("id"),
      CONSTRAINT "neighbourhood_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "neighbourhood_grid_fk" FOREIGN KEY ("grid_id") REFERENCES "grid"("id") ON DELETE RESTRICT,
      CONSTRAINT "neighbourhood_leader_fk" FOREIGN KEY ("leader_id") REFERENCES "person"("id") ON DELETE RESTRICT
    )`);
    // Also serves lookups by grid (leading column).
    await queryRunner.query(`CREATE UNIQUE INDEX "neighbourhood_grid_name_key" ON "neighbourhood" ("grid_id", "name")`);
    await queryRunner.query(`CREATE INDEX "neighbourhood_leader_idx" ON "neighbourhood" ("leader_id")`);

    await queryRunner.query(`CREATE TABLE "building" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(60) NOT NULL,
      "households" integer NOT NULL,
      "neighbourhood_id" uuid NOT NULL,
      "leader_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_building" PRIMARY KEY ("id"),
      CONSTRAINT "building_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "building_households_check" CHECK ("households" BETWEEN 0 AND 2000),
      CONSTRAINT "building_neighbourhood_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhood"("id") ON DELETE RESTRICT,
      CONSTRAINT "building_leader_fk" FOREIGN KEY ("leader_id") REFERENCES "person"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "building_neighbourhood_name_key" ON "building" ("neighbourhood_id", "name")`);
    await queryRunner.query(`CREATE INDEX "building_leader_idx" ON "building" ("leader_id")`);

    await queryRunner.query(`ALTER TABLE "person" ADD "neighbourhood_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "person_neighbourhood_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhood"("id") ON DELETE RESTRICT`,
    );
    await queryRunner.query(`CREATE INDEX "person_neighbourhood_idx" ON "person" ("neighbourhood_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "neighbourhood_id"`);
    await queryRunner.query(`DROP TABLE "building"`);
    await queryRunner.query(`DROP TABLE "neighbourhood"`);
    await queryRunner.query(`DROP TABLE "grid"`);
  }
}
