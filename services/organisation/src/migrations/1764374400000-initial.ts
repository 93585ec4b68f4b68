import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_HISTORY_TABLE_SQL } from "@dongting/subgraph-kit";

export class Initial1764374400000 implements MigrationInterface {
  name = "Initial1764374400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "org_unit" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(60) NOT NULL,
      "kind" varchar(32) NOT NULL,
      "form" varchar(16),
      "parent_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_org_unit" PRIMARY KEY ("id"),
      CONSTRAINT "org_unit_kind_check" CHECK ("kind" IN ('STREET_WORKING_COMMITTEE','COMMUNITY_COMMITTEE','COMPOUND_ORGANISATION','BUILDING_GROUP','CENTRAL_HOUSEHOLD')),
      CONSTRAINT "org_unit_form_check" CHECK (("kind" = 'COMPOUND_ORGANISATION') = ("form" IS NOT NULL)),
      CONSTRAINT "org_unit_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "org_unit_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE INDEX "org_unit_parent_idx" ON "org_unit" ("parent_id")`);
    await queryRunner.query(`CREATE TABLE "person" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(60) NOT NULL,
      "phone" varchar(11),
      "roles" varchar(32) array NOT NULL DEFAULT '{}',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_person" PRIMARY KEY ("id"),
      CONSTRAINT "person_phone_check" CHECK ("phone" IS NULL OR "phone" ~ '^1[3-9][0-9]{9}$'),
      CONSTRAINT "person_name_check" CHECK (char_length("name") BETWEEN 1 AND 60)
    )`);
    await queryRunner.query(`CREATE INDEX "person_name_idx" ON "person" ("name")`);
    for (const statement of CREATE_HISTORY_TABLE_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "history"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "org_unit"`);
  }
}
