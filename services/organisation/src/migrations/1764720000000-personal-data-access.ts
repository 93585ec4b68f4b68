import type { MigrationInterface, QueryRunner } from "typeorm";

/** The record of sensitive reads (issue "Privacy and hardening"): who read whose full phone or party membership, when. */
export class PersonalDataAccess1764720000000 implements MigrationInterface {
  name = "PersonalDataAccess1764720000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "personal_data_access" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "at" timestamptz NOT NULL,
      "actor_id" varchar(255),
      "subject_id" uuid NOT NULL,
      "field" varchar(64) NOT NULL,
      "operation" varchar(200),
      CONSTRAINT "PK_personal_data_access" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE INDEX "personal_data_access_at_idx" ON "personal_data_access" ("at", "id")`);
    await queryRunner.query(`CREATE INDEX "personal_data_access_subject_idx" ON "personal_data_access" ("subject_id", "at")`);
    await queryRunner.query(`CREATE INDEX "personal_data_access_actor_idx" ON "personal_data_access" ("actor_id", "at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "personal_data_access"`);
  }
}
