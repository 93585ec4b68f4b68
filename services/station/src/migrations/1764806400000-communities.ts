import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_GEOGRAPHY_COPY_SQL, DROP_GEOGRAPHY_COPY_SQL } from "@dongting/subgraph-kit";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";

/** Dongting (demo community 1): every station row made before communities existed was Dongting's. */
const DONGTING = demoCommunityId(1);

/**
 * Many communities (issue 11): a NOT NULL `community_id` on zones, bookings (the zone's), exchange items and
 * visitor-log entries, backfilled to Dongting and leading the hot indexes; zone names unique per community;
 * the geography read copy and the team -> community copy.
 */
export class Communities1764806400000 implements MigrationInterface {
  name = "Communities1764806400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of CREATE_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
    await queryRunner.query(
      `CREATE TABLE "team_community" ("team_id" uuid NOT NULL, "community_id" uuid NOT NULL, CONSTRAINT "PK_team_community" PRIMARY KEY ("team_id"))`,
    );

    await queryRunner.query(`ALTER TABLE "zone" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "zone" SET "community_id" = $1`, [DONGTING]);
    await queryRunner.query(`ALTER TABLE "zone" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "zone" DROP CONSTRAINT "zone_name_key"`);
    await queryRunner.query(`ALTER TABLE "zone" ADD CONSTRAINT "zone_community_name_key" UNIQUE ("community_id", "name")`);
    await queryRunner.query(`CREATE INDEX "zone_community_idx" ON "zone" ("community_id", "position")`);

    // Bookings and visitor-log entries take their zone's community, and the database keeps it so: a trigger
    // sets it from the zone on every insert (and zone change), whatever the writer passed or left out.
    await queryRunner.query(`CREATE FUNCTION "community_of_zone"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT z."community_id" INTO NEW."community_id" FROM "zone" z WHERE z."id" = NEW."zone_id";
        RETURN NEW;
      END $$`);
    for (const [table, index, columns] of [
      ["booking", "booking_community_status_idx", `"community_id", "status", "starts_at"`],
      ["visitor_log", "visitor_log_community_day_idx", `"community_id", "visited_on", "zone_id"`],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "community_id" uuid`);
      await queryRunner.query(`UPDATE "${table}" t SET "community_id" = z."community_id" FROM "zone" z WHERE z."id" = t."zone_id"`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "community_id" SET NOT NULL`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" (${columns})`);
      await queryRunner.query(
        `CREATE TRIGGER "${table}_community_of_zone" BEFORE INSERT OR UPDATE OF "zone_id", "community_id" ON "${table}"
         FOR EACH ROW EXECUTE FUNCTION "community_of_zone"()`,
      );
    }

    await queryRunner.query(`ALTER TABLE "exchange_item" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "exchange_item" SET "community_id" = $1`, [DONGTING]);
    await queryRunner.query(`ALTER TABLE "exchange_item" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "exchange_item_community_status_idx" ON "exchange_item" ("community_id", "status", "posted_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "exchange_item_community_status_idx"`);
    await queryRunner.query(`ALTER TABLE "exchange_item" DROP COLUMN "community_id"`);
    await queryRunner.query(`DROP TRIGGER "visitor_log_community_of_zone" ON "visitor_log"`);
    await queryRunner.query(`DROP TRIGGER "booking_community_of_zone" ON "booking"`);
    await queryRunner.query(`DROP FUNCTION "community_of_zone"()`);
    await queryRunner.query(`DROP INDEX "visitor_log_community_day_idx"`);
    await queryRunner.query(`ALTER TABLE "visitor_log" DROP COLUMN "community_id"`);
    await queryRunner.query(`DROP INDEX "booking_community_status_idx"`);
    await queryRunner.query(`ALTER TABLE "booking" DROP COLUMN "community_id"`);
    await queryRunner.query(`DROP INDEX "zone_community_idx"`);
    await queryRunner.query(`ALTER TABLE "zone" DROP CONSTRAINT "zone_community_name_key"`);
    // Only valid while one community's zones are left (names were unique across the station before).
    await queryRunner.query(`ALTER TABLE "zone" ADD CONSTRAINT "zone_name_key" UNIQUE ("name")`);
    await queryRunner.query(`ALTER TABLE "zone" DROP COLUMN "community_id"`);
    await queryRunner.query(`DROP TABLE "team_community"`);
    for (const statement of DROP_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
  }
}
