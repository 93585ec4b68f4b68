import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Staff tools (issue 13): per-zone booking limits, defaulting to the one global rule that held before
 * (30 min to 4 h, no buffer, no notice, 90 days ahead), and the waitlist per zone and time.
 */
export class StaffTools1765065600000 implements MigrationInterface {
  name = "StaffTools1765065600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zone"
      ADD "min_minutes" integer NOT NULL DEFAULT 30,
      ADD "max_minutes" integer NOT NULL DEFAULT 240,
      ADD "buffer_minutes" integer NOT NULL DEFAULT 0,
      ADD "min_notice_hours" integer NOT NULL DEFAULT 0,
      ADD "max_days_ahead" integer NOT NULL DEFAULT 90`);
    await queryRunner.query(`ALTER TABLE "zone" ADD CONSTRAINT "zone_limits_check" CHECK (${ZONE_LIMITS_SQL})`);

    await queryRunner.query(`CREATE TABLE "waitlist_entry" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "zone_id" uuid NOT NULL,
      "community_id" uuid NOT NULL,
      "person_id" uuid NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "attendees" integer NOT NULL,
      "booking_id" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_waitlist_entry" PRIMARY KEY ("id"),
      CONSTRAINT "waitlist_entry_period_check" CHECK ("starts_at" < "ends_at"),
      CONSTRAINT "waitlist_entry_attendees_check" CHECK ("attendees" >= 1),
      CONSTRAINT "waitlist_entry_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE,
      CONSTRAINT "waitlist_entry_booking_fk" FOREIGN KEY ("booking_id") REFERENCES "booking"("id") ON DELETE SET NULL
    )`);
    await queryRunner.query(`CREATE INDEX "waitlist_entry_zone_time_idx" ON "waitlist_entry" ("zone_id", "starts_at")`);
    // One open entry per person, zone and time: a double tap does not queue twice (raced in the tests).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "waitlist_entry_waiting_key" ON "waitlist_entry" ("zone_id", "person_id", "starts_at", "ends_at") WHERE "booking_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "waitlist_entry_community_of_zone" BEFORE INSERT OR UPDATE OF "zone_id", "community_id" ON "waitlist_entry"
       FOR EACH ROW EXECUTE FUNCTION "community_of_zone"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "waitlist_entry"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP CONSTRAINT "zone_limits_check"`);
    await queryRunner.query(
      `ALTER TABLE "zone" DROP COLUMN "min_minutes", DROP COLUMN "max_minutes", DROP COLUMN "buffer_minutes", DROP COLUMN "min_notice_hours", DROP COLUMN "max_days_ahead"`,
    );
  }
}

/** The bounds of ZONE_SETTING_BOUNDS (@dongting/domain/station-settings); the entity declares the same check. */
export const ZONE_LIMITS_SQL =
  `"min_minutes" BETWEEN 15 AND 240 AND "max_minutes" BETWEEN "min_minutes" AND 240 AND "buffer_minutes" BETWEEN 0 AND 120 ` +
  `AND "min_notice_hours" BETWEEN 0 AND 720 AND "max_days_ahead" BETWEEN 1 AND 365`;
