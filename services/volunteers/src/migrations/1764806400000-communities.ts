import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_GEOGRAPHY_COPY_SQL, DROP_GEOGRAPHY_COPY_SQL } from "@dongting/subgraph-kit";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";

/**
 * Many communities (docs/tenancy.md): every team and shift belongs to one community, and the subgraph keeps
 * its read copy of organisation's geography. Rows from before belong to Dongting, the only community then.
 */
export class Communities1764806400000 implements MigrationInterface {
  name = "Communities1764806400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const dongting = demoCommunityId(1);
    await queryRunner.query(`ALTER TABLE "volunteer_team" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "volunteer_team" SET "community_id" = $1`, [dongting]);
    await queryRunner.query(`ALTER TABLE "volunteer_team" ALTER COLUMN "community_id" SET NOT NULL`);
    // The directory lists a community's teams by kind; the kind-only index gives way to the community's.
    await queryRunner.query(`DROP INDEX "volunteer_team_kind_idx"`);
    await queryRunner.query(`CREATE INDEX "volunteer_team_community_idx" ON "volunteer_team" ("community_id", "kind")`);

    // A shift's community is its team's, copied so the week's shifts of a community are one index range.
    await queryRunner.query(`ALTER TABLE "shift" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "shift" s SET "community_id" = t."community_id" FROM "volunteer_team" t WHERE t."id" = s."team_id"`);
    await queryRunner.query(`ALTER TABLE "shift" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "shift_time_idx"`);
    await queryRunner.query(`CREATE INDEX "shift_community_time_idx" ON "shift" ("community_id", "starts_at")`);

    for (const statement of CREATE_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DROP_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "shift_community_time_idx"`);
    await queryRunner.query(`CREATE INDEX "shift_time_idx" ON "shift" ("starts_at")`);
    await queryRunner.query(`ALTER TABLE "shift" DROP COLUMN "community_id"`);
    await queryRunner.query(`DROP INDEX "volunteer_team_community_idx"`);
    await queryRunner.query(`CREATE INDEX "volunteer_team_kind_idx" ON "volunteer_team" ("kind")`);
    await queryRunner.query(`ALTER TABLE "volunteer_team" DROP COLUMN "community_id"`);
  }
}
