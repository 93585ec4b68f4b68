import type { MigrationInterface, QueryRunner } from "typeorm";

export class Shifts1764547200000 implements MigrationInterface {
  name = "Shifts1764547200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // For the exclusion constraint on (volunteer, time span); trusted, so a non-superuser owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE TABLE "shift" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "team_id" uuid NOT NULL,
      "title" varchar(100) NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "capacity" int NOT NULL,
      "location" varchar(100),
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_shift" PRIMARY KEY ("id"),
      CONSTRAINT "shift_title_check" CHECK (char_length("title") BETWEEN 1 AND 100),
      CONSTRAINT "shift_time_check" CHECK ("ends_at" > "starts_at" AND "ends_at" - "starts_at" <= interval '12 hours'),
      CONSTRAINT "shift_capacity_check" CHECK ("capacity" BETWEEN 1 AND 500),
      CONSTRAINT "shift_team_fk" FOREIGN KEY ("team_id") REFERENCES "volunteer_team"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE INDEX "shift_team_time_idx" ON "shift" ("team_id", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "shift_time_idx" ON "shift" ("starts_at")`);
    await queryRunner.query(`CREATE TABLE "shift_signup" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "shift_id" uuid NOT NULL,
      "volunteer_id" uuid NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "signed_up_at" timestamptz NOT NULL DEFAULT now(),
      "checked_in_at" timestamptz,
      "checked_out_at" timestamptz,
      CONSTRAINT "PK_shift_signup" PRIMARY KEY ("id"),
      CONSTRAINT "shift_signup_key" UNIQUE ("shift_id", "volunteer_id"),
      CONSTRAINT "shift_signup_no_overlap" EXCLUDE USING gist ("volunteer_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&),
      CONSTRAINT "shift_signup_check_out_check" CHECK ("checked_out_at" IS NULL OR ("checked_in_at" IS NOT NULL AND "checked_out_at" >= "checked_in_at")),
      CONSTRAINT "shift_signup_shift_fk" FOREIGN KEY ("shift_id") REFERENCES "shift"("id") ON DELETE RESTRICT,
      CONSTRAINT "shift_signup_volunteer_fk" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE INDEX "shift_signup_volunteer_idx" ON "shift_signup" ("volunteer_id", "starts_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "shift_signup"`);
    await queryRunner.query(`DROP TABLE "shift"`);
  }
}
