import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_HISTORY_TABLE_SQL } from "@dongting/subgraph-kit";

export class Zones1764460800000 implements MigrationInterface {
  name = "Zones1764460800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // For the bookings' exclusion constraint (uuid equality inside a GiST index).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "zone" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(30) NOT NULL,
      "kind" varchar(16) NOT NULL,
      "capacity" integer NOT NULL,
      "exclusive" boolean NOT NULL,
      "requires_approval" boolean NOT NULL,
      "position" smallint NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_zone" PRIMARY KEY ("id"),
      CONSTRAINT "zone_name_key" UNIQUE ("name"),
      CONSTRAINT "zone_kind_check" CHECK ("kind" IN ('HELP_DESK','FITNESS','ITEM_EXCHANGE','READING','CHILDREN','MEETING','REST_STOP','MULTIPURPOSE')),
      CONSTRAINT "zone_capacity_check" CHECK ("capacity" BETWEEN 1 AND 1000),
      CONSTRAINT "zone_name_check" CHECK (char_length("name") BETWEEN 1 AND 30)
    )`);
    await queryRunner.query(`CREATE TABLE "zone_opening_hours" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "zone_id" uuid NOT NULL,
      "weekday" smallint NOT NULL,
      "opens" time NOT NULL,
      "closes" time NOT NULL,
      CONSTRAINT "PK_zone_opening_hours" PRIMARY KEY ("id"),
      CONSTRAINT "zone_opening_hours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7),
      CONSTRAINT "zone_opening_hours_order_check" CHECK ("opens" < "closes"),
      CONSTRAINT "zone_opening_hours_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "zone_opening_hours_zone_idx" ON "zone_opening_hours" ("zone_id", "weekday", "opens")`);
    for (const statement of CREATE_HISTORY_TABLE_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "history"`);
    await queryRunner.query(`DROP TABLE "zone_opening_hours"`);
    await queryRunner.query(`DROP TABLE "zone"`);
  }
}
