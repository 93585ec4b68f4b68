import type { MigrationInterface, QueryRunner } from "typeorm";
import { NAME_MAX } from "@dongting/domain/organisation";

/**
 * People search at district scale (issue 11, 2.25 M people): searches of one or two characters (a surname,
 * a given name) cannot use the trigram index, and a district-wide scan for them reads most of the person
 * table. person_name_gram holds every distinct 1- and 2-character substring of every name with the person's
 * community and name, so its primary key answers "names containing X" (count and page, by community or
 * not, in name order) from the index alone. Statement triggers with transition tables keep it exact on
 * every insert, update, delete and truncate of person, set-based, so bulk seeds stay fast.
 */
export class DistrictSearch1764892800000 implements MigrationInterface {
  name = "DistrictSearch1764892800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "person_name_grams"("name" text) RETURNS SETOF text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT DISTINCT substr("name", i, l) FROM generate_series(1, char_length("name")) AS i CROSS JOIN (VALUES (1), (2)) AS v(l)
        WHERE i + l - 1 <= char_length("name")
      $$`);
    await queryRunner.query(`CREATE TABLE "person_name_gram" (
      "gram" varchar(2) NOT NULL,
      "community_id" uuid NOT NULL,
      "name" varchar(${NAME_MAX}) NOT NULL,
      "person_id" uuid NOT NULL,
      CONSTRAINT "PK_person_name_gram" PRIMARY KEY ("gram", "community_id", "name", "person_id")
    )`);
    await queryRunner.query(`CREATE FUNCTION "person_name_gram_added"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "person_name_gram" ("gram", "community_id", "name", "person_id")
        SELECT g, a."community_id", a."name", a."id" FROM "added" a CROSS JOIN LATERAL "person_name_grams"(a."name") AS g
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "person_name_gram_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM "person_name_gram" x USING "removed" r CROSS JOIN LATERAL "person_name_grams"(r."name") AS g
        WHERE x."gram" = g AND x."community_id" = r."community_id" AND x."name" = r."name" AND x."person_id" = r."id";
        RETURN NULL;
      END $$`);
    // Only rows whose name or community changed are touched (most updates move people or change phones).
    await queryRunner.query(`CREATE FUNCTION "person_name_gram_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM "person_name_gram" x
        USING "removed" r JOIN "added" a ON a."id" = r."id" CROSS JOIN LATERAL "person_name_grams"(r."name") AS g
        WHERE (a."name", a."community_id") IS DISTINCT FROM (r."name", r."community_id")
          AND x."gram" = g AND x."community_id" = r."community_id" AND x."name" = r."name" AND x."person_id" = r."id";
        INSERT INTO "person_name_gram" ("gram", "community_id", "name", "person_id")
        SELECT g, a."community_id", a."name", a."id"
        FROM "added" a JOIN "removed" r ON r."id" = a."id" CROSS JOIN LATERAL "person_name_grams"(a."name") AS g
        WHERE (a."name", a."community_id") IS DISTINCT FROM (r."name", r."community_id")
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION "person_name_gram_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE "person_name_gram";
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "person_name_gram_insert" AFTER INSERT ON "person"
      REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "person_name_gram_added"()`);
    await queryRunner.query(`CREATE TRIGGER "person_name_gram_update" AFTER UPDATE ON "person"
      REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "person_name_gram_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "person_name_gram_delete" AFTER DELETE ON "person"
      REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "person_name_gram_removed"()`);
    await queryRunner.query(`CREATE TRIGGER "person_name_gram_truncate" AFTER TRUNCATE ON "person"
      FOR EACH STATEMENT EXECUTE FUNCTION "person_name_gram_truncated"()`);
    await queryRunner.query(`INSERT INTO "person_name_gram" ("gram", "community_id", "name", "person_id")
      SELECT g, p."community_id", p."name", p."id" FROM "person" p CROSS JOIN LATERAL "person_name_grams"(p."name") AS g`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ["insert", "update", "delete", "truncate"]) {
      await queryRunner.query(`DROP TRIGGER "person_name_gram_${trigger}" ON "person"`);
    }
    for (const fn of ["added", "removed", "changed", "truncated"]) await queryRunner.query(`DROP FUNCTION "person_name_gram_${fn}"()`);
    await queryRunner.query(`DROP TABLE "person_name_gram"`);
    await queryRunner.query(`DROP FUNCTION "person_name_grams"(text)`);
  }
}
