import type { MigrationInterface, QueryRunner } from "typeorm";

/** Substring search on names (trigram index) and a check that people hold only known community roles. */
export class PeopleSearch1764633600000 implements MigrationInterface {
  name = "PeopleSearch1764633600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "person_name_trgm_idx" ON "person" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "person_roles_check"
      CHECK ("roles" <@ ARRAY['GRID_LEADER','BUILDING_LEADER','NEIGHBOURHOOD_LEADER','VOLUNTEER_SUPERVISOR']::varchar[])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_roles_check"`);
    await queryRunner.query(`DROP INDEX "person_name_trgm_idx"`);
  }
}
