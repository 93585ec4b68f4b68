import type { MigrationInterface, QueryRunner } from "typeorm";

/** Zone calendar feeds (issue 13): one per station staff member, the token kept as its sha256 only. */
export class ZoneCalendarFeed1765238400000 implements MigrationInterface {
  name = "ZoneCalendarFeed1765238400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "zone_calendar_feed" (
      "person_id" uuid NOT NULL,
      "token_hash" text NOT NULL,
      "community_ids" uuid array NOT NULL,
      "all_communities" boolean NOT NULL,
      "reset_at" timestamptz NOT NULL,
      CONSTRAINT "PK_zone_calendar_feed" PRIMARY KEY ("person_id"),
      CONSTRAINT "zone_calendar_feed_token_hash_key" UNIQUE ("token_hash"),
      CONSTRAINT "zone_calendar_feed_token_hash_check" CHECK (char_length("token_hash") = 64)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "zone_calendar_feed"`);
  }
}
