import type { MigrationInterface, QueryRunner } from "typeorm";
import { demoCommunityId, demoOrgUnitId } from "@dongting/subgraph-kit/seed";

const DONGTING = demoCommunityId(1);
/** Tables whose rows belong to one community for ever (docs/tenancy.md, "Community and what belongs to it"). */
const MEMBER_TABLES = ["grid", "neighbourhood", "building", "org_unit"] as const;

/**
 * Many communities (issue 11): the community table, the community every grid, neighbourhood, building,
 * person and org unit below the street belongs to, and scoped role grants.
 *
 * A database of the previous round holds only Dongting: the migration creates Dongting's community row
 * (with its street and committee units where they exist) and backfills every row to it.
 */
export class Communities1764806400000 implements MigrationInterface {
  name = "Communities1764806400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "community" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "code" varchar(8) NOT NULL,
      "name" varchar(60) NOT NULL,
      "street_unit_id" uuid,
      "committee_unit_id" uuid,
      CONSTRAINT "PK_community" PRIMARY KEY ("id"),
      CONSTRAINT "community_code_check" CHECK ("code" ~ '^[A-Z]{2,8}$'),
      CONSTRAINT "community_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "community_street_fk" FOREIGN KEY ("street_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT,
      CONSTRAINT "community_committee_fk" FOREIGN KEY ("committee_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "community_code_key" ON "community" ("code")`);
    await queryRunner.query(`CREATE INDEX "community_street_idx" ON "community" ("street_unit_id")`);
    await queryRunner.query(
      `INSERT INTO "community" ("id", "code", "name", "street_unit_id", "committee_unit_id")
       VALUES ($1, 'DT', '东亭社区', (SELECT "id" FROM "org_unit" WHERE "id" = $2), (SELECT "id" FROM "org_unit" WHERE "id" = $3))`,
      [DONGTING, demoOrgUnitId(1), demoOrgUnitId(2)],
    );

    for (const table of ["grid", "neighbourhood", "building", "person"]) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "community_id" uuid`);
      await queryRunner.query(`UPDATE "${table}" SET "community_id" = $1`, [DONGTING]);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "community_id" SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_community_fk"
        FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE RESTRICT`);
    }
    // Null for a street working committee; every unit below a street belongs to a community.
    await queryRunner.query(`ALTER TABLE "org_unit" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "org_unit" SET "community_id" = $1 WHERE "parent_id" IS NOT NULL`, [DONGTING]);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_community_fk"
      FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE RESTRICT`);
    // The hot lists filter by community first: grids by code, people by name (keyset order).
    await queryRunner.query(`CREATE INDEX "grid_community_idx" ON "grid" ("community_id", "code")`);
    await queryRunner.query(`CREATE INDEX "neighbourhood_community_idx" ON "neighbourhood" ("community_id")`);
    await queryRunner.query(`CREATE INDEX "building_community_idx" ON "building" ("community_id")`);
    await queryRunner.query(`CREATE INDEX "person_community_idx" ON "person" ("community_id", "name", "id")`);
    await queryRunner.query(`CREATE INDEX "org_unit_community_idx" ON "org_unit" ("community_id")`);

    // Memberships never change: the other subgraphs' read copies are right for ever only because a grid,
    // neighbourhood, building or unit never moves to another community (docs/tenancy.md). A unit created
    // under a street before its community exists may be given one once (null -> id), never moved after.
    await queryRunner.query(`CREATE FUNCTION "refuse_community_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD."community_id" IS NOT NULL AND NEW."community_id" IS DISTINCT FROM OLD."community_id" THEN
          RAISE EXCEPTION 'community membership of % % is immutable', TG_TABLE_NAME, OLD."id"
            USING ERRCODE = 'check_violation', CONSTRAINT = 'community_membership_immutable';
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of MEMBER_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_community_immutable" BEFORE UPDATE OF "community_id" ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION "refuse_community_change"()`);
    }

    await queryRunner.query(`CREATE TABLE "role_grant" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "person_id" uuid NOT NULL,
      "role" varchar(32) NOT NULL,
      "scope_kind" varchar(16) NOT NULL,
      "scope_id" uuid,
      "granted_at" timestamptz NOT NULL,
      "granted_by" varchar(255),
      CONSTRAINT "PK_role_grant" PRIMARY KEY ("id"),
      CONSTRAINT "role_grant_role_check" CHECK ("role" IN ('RESIDENT','VOLUNTEER','GRID_LEADER','COMMUNITY_STAFF','PARTY_COMMITTEE','STATION_STAFF','INTEGRATOR','ADMIN')),
      CONSTRAINT "role_grant_scope_kind_check" CHECK ("scope_kind" IN ('GRID','ORG_UNIT','COMMUNITY','STREET','GLOBAL')),
      CONSTRAINT "role_grant_scope_id_check" CHECK (("scope_kind" = 'GLOBAL') = ("scope_id" IS NULL)),
      CONSTRAINT "role_grant_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT
    )`);
    // One grant per person, role and scope; GLOBAL grants (no id) compare equal through coalesce.
    await queryRunner.query(`CREATE UNIQUE INDEX "role_grant_key" ON "role_grant"
      ("person_id", "role", "scope_kind", coalesce("scope_id", '00000000-0000-0000-0000-000000000000'::uuid))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "role_grant"`);
    for (const table of MEMBER_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_community_immutable" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "refuse_community_change"()`);
    for (const table of ["grid", "neighbourhood", "building", "person", "org_unit"]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "community_id"`);
    }
    await queryRunner.query(`DROP TABLE "community"`);
  }
}
