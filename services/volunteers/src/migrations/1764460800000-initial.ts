import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_HISTORY_TABLE_SQL } from "@dongting/subgraph-kit";

export class Initial1764460800000 implements MigrationInterface {
  name = "Initial1764460800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "volunteer_team" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(60) NOT NULL,
      "kind" varchar(32) NOT NULL,
      "partner_unit" varchar(100),
      "leader_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_volunteer_team" PRIMARY KEY ("id"),
      CONSTRAINT "volunteer_team_kind_check" CHECK ("kind" IN ('PATROL','YOUTH','WORKERS_SERVICE','RED_NEIGHBOUR','ELDERLY_CARE','CULTURE','OTHER')),
      CONSTRAINT "volunteer_team_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "volunteer_team_partner_unit_check" CHECK ("partner_unit" IS NULL OR char_length("partner_unit") BETWEEN 1 AND 100)
    )`);
    await queryRunner.query(`CREATE INDEX "volunteer_team_kind_idx" ON "volunteer_team" ("kind")`);
    await queryRunner.query(`CREATE INDEX "volunteer_team_leader_idx" ON "volunteer_team" ("leader_id")`);
    await queryRunner.query(`CREATE TABLE "volunteer" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "person_id" uuid NOT NULL,
      "skills" varchar(40) array NOT NULL DEFAULT '{}',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_volunteer" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "volunteer_person_key" ON "volunteer" ("person_id")`);
    await queryRunner.query(`CREATE TABLE "team_membership" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "team_id" uuid NOT NULL,
      "volunteer_id" uuid NOT NULL,
      "joined_at" timestamptz NOT NULL DEFAULT now(),
      "left_at" timestamptz,
      CONSTRAINT "PK_team_membership" PRIMARY KEY ("id"),
      CONSTRAINT "team_membership_period_check" CHECK ("left_at" IS NULL OR "left_at" >= "joined_at"),
      CONSTRAINT "team_membership_team_fk" FOREIGN KEY ("team_id") REFERENCES "volunteer_team"("id") ON DELETE RESTRICT,
      CONSTRAINT "team_membership_volunteer_fk" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "team_membership_active_key" ON "team_membership" ("team_id", "volunteer_id") WHERE "left_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "team_membership_team_idx" ON "team_membership" ("team_id", "joined_at")`);
    await queryRunner.query(`CREATE INDEX "team_membership_volunteer_idx" ON "team_membership" ("volunteer_id")`);
    for (const statement of CREATE_HISTORY_TABLE_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "history"`);
    await queryRunner.query(`DROP TABLE "team_membership"`);
    await queryRunner.query(`DROP TABLE "volunteer"`);
    await queryRunner.query(`DROP TABLE "volunteer_team"`);
  }
}
