import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Certificates keep a snapshot of their holder and issuer (organisation's facts as the issuing staff read
 * them), each person may have a shift calendar feed behind a token whose hash alone is stored, and sign-up
 * opens at most 14 days ahead (issue 13; teams set further ahead are brought back to 14).
 */
export class CertificateHolderFeeds1765238400000 implements MigrationInterface {
  name = "CertificateHolderFeeds1765238400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD "holder_name" varchar(100)`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD "holder_id_masked" varchar(32)`);
    // Certificates issued before name none; new ones always name theirs (no default then).
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD "team_names" jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ALTER COLUMN "team_names" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "service_certificate" ADD "issuer" varchar(100)`);
    await queryRunner.query(`UPDATE "volunteer_team" SET "signup_days_ahead" = 14 WHERE "signup_days_ahead" > 14`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP CONSTRAINT "volunteer_team_signup_days_check"`);
    await queryRunner.query(
      `ALTER TABLE "volunteer_team" ADD CONSTRAINT "volunteer_team_signup_days_check" CHECK ("signup_days_ahead" BETWEEN 1 AND 14)`,
    );
    await queryRunner.query(`CREATE TABLE "shift_calendar_feed" (
      "person_id" uuid NOT NULL,
      "token_hash" varchar(64) NOT NULL,
      "reset_at" timestamptz NOT NULL,
      CONSTRAINT "PK_shift_calendar_feed" PRIMARY KEY ("person_id"),
      CONSTRAINT "shift_calendar_feed_token_key" UNIQUE ("token_hash")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "shift_calendar_feed"`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP CONSTRAINT "volunteer_team_signup_days_check"`);
    await queryRunner.query(
      `ALTER TABLE "volunteer_team" ADD CONSTRAINT "volunteer_team_signup_days_check" CHECK ("signup_days_ahead" BETWEEN 1 AND 60)`,
    );
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP COLUMN "issuer"`);
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP COLUMN "team_names"`);
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP COLUMN "holder_id_masked"`);
    await queryRunner.query(`ALTER TABLE "service_certificate" DROP COLUMN "holder_name"`);
  }
}
