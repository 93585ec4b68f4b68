import type { MigrationInterface, QueryRunner } from "typeorm";

/** Bookings with their exclusion constraint, closures, the 百宝箱 exchange and the visitor log. */
export class Bookings1764547200000 implements MigrationInterface {
  name = "Bookings1764547200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "booking" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "zone_id" uuid NOT NULL,
      "zone_exclusive" boolean NOT NULL,
      "title" varchar(100) NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "attendees" integer NOT NULL,
      "status" varchar(16) NOT NULL,
      "organiser_id" uuid,
      "team_id" uuid,
      "series_id" uuid,
      "decision_note" varchar(200),
      "checked_in_at" timestamptz,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_booking" PRIMARY KEY ("id"),
      CONSTRAINT "booking_status_check" CHECK ("status" IN ('PENDING','CONFIRMED','REJECTED','CANCELLED','CHECKED_IN','NO_SHOW')),
      CONSTRAINT "booking_period_check" CHECK ("starts_at" < "ends_at"),
      CONSTRAINT "booking_length_check" CHECK ("ends_at" <= "starts_at" + interval '4 hours'),
      CONSTRAINT "booking_attendees_check" CHECK ("attendees" >= 1),
      CONSTRAINT "booking_title_check" CHECK (char_length("title") BETWEEN 1 AND 100),
      CONSTRAINT "booking_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE RESTRICT,
      CONSTRAINT "booking_no_overlap" EXCLUDE USING gist ("zone_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
        WHERE ("zone_exclusive" AND "status" IN ('PENDING','CONFIRMED','CHECKED_IN'))
    )`);
    await queryRunner.query(`CREATE INDEX "booking_zone_time_idx" ON "booking" ("zone_id", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "booking_organiser_idx" ON "booking" ("organiser_id", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "booking_status_idx" ON "booking" ("status", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "booking_series_idx" ON "booking" ("series_id")`);

    await queryRunner.query(`CREATE TABLE "zone_closure" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "zone_id" uuid NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "reason" varchar(200) NOT NULL,
      "reopened_at" timestamptz,
      "created_by" uuid,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_zone_closure" PRIMARY KEY ("id"),
      CONSTRAINT "zone_closure_period_check" CHECK ("starts_at" <= "ends_at"),
      CONSTRAINT "zone_closure_reason_check" CHECK (char_length("reason") BETWEEN 1 AND 200),
      CONSTRAINT "zone_closure_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`CREATE INDEX "zone_closure_zone_time_idx" ON "zone_closure" ("zone_id", "starts_at")`);

    await queryRunner.query(`CREATE TABLE "exchange_item" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "title" varchar(60) NOT NULL,
      "description" varchar(500),
      "status" varchar(16) NOT NULL,
      "owner_id" uuid NOT NULL,
      "claimant_id" uuid,
      "posted_at" timestamptz NOT NULL,
      "claimed_at" timestamptz,
      "closed_at" timestamptz,
      CONSTRAINT "PK_exchange_item" PRIMARY KEY ("id"),
      CONSTRAINT "exchange_item_status_check" CHECK ("status" IN ('AVAILABLE','RESERVED','GIVEN','WITHDRAWN')),
      CONSTRAINT "exchange_item_title_check" CHECK (char_length("title") BETWEEN 1 AND 60),
      CONSTRAINT "exchange_item_claimant_check" CHECK (("status" IN ('RESERVED','GIVEN')) = ("claimant_id" IS NOT NULL)),
      CONSTRAINT "exchange_item_not_own_check" CHECK ("claimant_id" IS DISTINCT FROM "owner_id")
    )`);
    await queryRunner.query(`CREATE INDEX "exchange_item_status_idx" ON "exchange_item" ("status", "posted_at")`);

    await queryRunner.query(`CREATE TABLE "visitor_log" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "zone_id" uuid NOT NULL,
      "visited_on" date NOT NULL,
      "visitor_group" varchar(24) NOT NULL,
      "visitors" integer NOT NULL,
      "note" varchar(200),
      "recorded_by" uuid,
      "recorded_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_visitor_log" PRIMARY KEY ("id"),
      CONSTRAINT "visitor_log_group_check" CHECK ("visitor_group" IN ('NEW_EMPLOYMENT_WORKER','CHILD','ELDERLY','RESIDENT')),
      CONSTRAINT "visitor_log_visitors_check" CHECK ("visitors" BETWEEN 1 AND 10000),
      CONSTRAINT "visitor_log_zone_fk" FOREIGN KEY ("zone_id") REFERENCES "zone"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`CREATE INDEX "visitor_log_day_idx" ON "visitor_log" ("visited_on", "zone_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "visitor_log"`);
    await queryRunner.query(`DROP TABLE "exchange_item"`);
    await queryRunner.query(`DROP TABLE "zone_closure"`);
    await queryRunner.query(`DROP TABLE "booking"`);
  }
}
