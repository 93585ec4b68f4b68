import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The party tree as a materialised path (ltree), secretaries and party membership.
 *
 * Why a materialised path and not a closure table: the tree is shallow (five kinds that nest strictly,
 * so at most five levels) and read far more than it is changed. One ltree per unit answers ancestors
 * (the path itself), descendants (`path <@ p`, GiST index) and subtree member counts in one statement
 * each, with one row per unit; a move rewrites the moved subtree's paths in one UPDATE. A closure table
 * would hold a row per ancestor/descendant pair and a move would delete and re-insert the cross product
 * of the subtree and the old and new ancestors, for no gain on queries at this depth.
 */
export class PartyTree1764547200000 implements MigrationInterface {
  name = "PartyTree1764547200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS ltree`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD "path" ltree`);
    // Units created before this migration (a development database) get their paths from parent_id.
    await queryRunner.query(`WITH RECURSIVE tree AS (
        SELECT "id", text2ltree(replace("id"::text, '-', '_')) AS path FROM "org_unit" WHERE "parent_id" IS NULL
        UNION ALL
        SELECT child."id", tree.path || text2ltree(replace(child."id"::text, '-', '_'))
        FROM "org_unit" child JOIN tree ON child."parent_id" = tree."id"
      )
      UPDATE "org_unit" SET "path" = tree.path FROM tree WHERE tree."id" = "org_unit"."id"`);
    await queryRunner.query(`ALTER TABLE "org_unit" ALTER COLUMN "path" SET NOT NULL`);
    // The path ends with the unit's own id, its parent's id comes just before, and its length is fixed by the kind.
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_path_self_check"
      CHECK (subpath("path", -1) = text2ltree(replace("id"::text, '-', '_')))`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_path_parent_check"
      CHECK (CASE WHEN "parent_id" IS NULL THEN nlevel("path") = 1
                  ELSE nlevel("path") > 1 AND subpath("path", -2, 1) = text2ltree(replace("parent_id"::text, '-', '_')) END)`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_path_depth_check"
      CHECK (nlevel("path") = CASE "kind" WHEN 'STREET_WORKING_COMMITTEE' THEN 1 WHEN 'COMMUNITY_COMMITTEE' THEN 2
        WHEN 'COMPOUND_ORGANISATION' THEN 3 WHEN 'BUILDING_GROUP' THEN 4 ELSE 5 END)`);
    await queryRunner.query(`CREATE INDEX "org_unit_path_idx" ON "org_unit" USING gist ("path")`);

    await queryRunner.query(`ALTER TABLE "org_unit" ADD "secretary_id" uuid`);
    await queryRunner.query(`ALTER TABLE "org_unit" ADD CONSTRAINT "org_unit_secretary_fk"
      FOREIGN KEY ("secretary_id") REFERENCES "person"("id") ON DELETE RESTRICT`);
    await queryRunner.query(`CREATE INDEX "org_unit_secretary_idx" ON "org_unit" ("secretary_id")`);

    await queryRunner.query(`CREATE TABLE "party_membership" (
      "person_id" uuid NOT NULL,
      "org_unit_id" uuid NOT NULL,
      "kind" varchar(16) NOT NULL,
      "joined_at" timestamptz,
      CONSTRAINT "PK_party_membership" PRIMARY KEY ("person_id"),
      CONSTRAINT "party_membership_kind_check" CHECK ("kind" IN ('DIRECT','SUNK_DOWN')),
      CONSTRAINT "party_membership_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT,
      CONSTRAINT "party_membership_org_unit_fk" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE INDEX "party_membership_org_unit_idx" ON "party_membership" ("org_unit_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "party_membership"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP COLUMN "secretary_id"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP COLUMN "path"`);
  }
}
