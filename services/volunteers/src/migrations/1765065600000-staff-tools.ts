import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Staff tools (issue 13): shifts can be called off with a reason (the sign-ups keep a copy of the
 * cancellation so a called-off shift frees the volunteer's time and is nobody's no-show), teams set how
 * far ahead sign-up opens, and staff can lift a volunteer's no-show block.
 */
export class StaffTools1765065600000 implements MigrationInterface {
  name = "StaffTools1765065600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shift" ADD "cancelled_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "shift" ADD "cancel_reason" varchar(200)`);
    await queryRunner.query(
      `ALTER TABLE "shift" ADD CONSTRAINT "shift_cancel_check" CHECK (("cancelled_at" IS NULL AND "cancel_reason" IS NULL) OR ("cancelled_at" IS NOT NULL AND char_length("cancel_reason") BETWEEN 1 AND 200))`,
    );

    await queryRunner.query(`ALTER TABLE "shift_signup" ADD "shift_cancelled_at" timestamptz`);
    // Only sign-ups of shifts that still stand hold the volunteer's time.
    await queryRunner.query(`ALTER TABLE "shift_signup" DROP CONSTRAINT "shift_signup_no_overlap"`);
    await queryRunner.query(
      `ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_no_overlap" EXCLUDE USING gist ("volunteer_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("shift_cancelled_at" IS NULL)`,
    );

    await queryRunner.query(`ALTER TABLE "volunteer_team" ADD "signup_days_ahead" int NOT NULL DEFAULT 14`);
    await queryRunner.query(
      `ALTER TABLE "volunteer_team" ADD CONSTRAINT "volunteer_team_signup_days_check" CHECK ("signup_days_ahead" BETWEEN 1 AND 60)`,
    );

    await queryRunner.query(`ALTER TABLE "volunteer" ADD "signup_block_lifted_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "signup_block_lifted_at"`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP CONSTRAINT "volunteer_team_signup_days_check"`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP COLUMN "signup_days_ahead"`);
    await queryRunner.query(`ALTER TABLE "shift_signup" DROP CONSTRAINT "shift_signup_no_overlap"`);
    // Sign-ups of called-off shifts would break the old constraint: they go (the history keeps them).
    await queryRunner.query(`DELETE FROM "shift_signup" WHERE "shift_cancelled_at" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "shift_signup" ADD CONSTRAINT "shift_signup_no_overlap" EXCLUDE USING gist ("volunteer_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)`,
    );
    await queryRunner.query(`ALTER TABLE "shift_signup" DROP COLUMN "shift_cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP CONSTRAINT "shift_cancel_check"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP COLUMN "cancel_reason"`);
    await queryRunner.query(`ALTER TABLE "shift" DROP COLUMN "cancelled_at"`);
  }
}
