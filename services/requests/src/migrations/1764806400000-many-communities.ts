import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_GEOGRAPHY_COPY_SQL, DROP_GEOGRAPHY_COPY_SQL } from "@dongting/subgraph-kit";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";

/**
 * Many communities (docs/tenancy.md): the geography read copy; every request, code counter and department
 * evaluation belongs to one community; codes carry the community's prefix. Rows from before belong to
 * Dongting, the one community there was (its demo id is the id organisation gives it).
 */
export class ManyCommunities1764806400000 implements MigrationInterface {
  name = "ManyCommunities1764806400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of CREATE_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
    const dongting = demoCommunityId(1);

    await queryRunner.query(`ALTER TABLE "resident_request" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "resident_request" SET "community_id" = $1`, [dongting]);
    await queryRunner.query(`ALTER TABLE "resident_request" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "resident_request" DROP CONSTRAINT "resident_request_code_check"`);
    await queryRunner.query(`ALTER TABLE "resident_request" ALTER COLUMN "code" TYPE varchar(20)`);
    await queryRunner.query(
      `ALTER TABLE "resident_request" ADD CONSTRAINT "resident_request_code_check" CHECK ("code" ~ '^[A-Z]{2,8}-[0-9]{4}-[0-9]{6}$')`,
    );
    // The hot lists of a scoped viewer: a community's newest, a grid's newest, a community's by status.
    await queryRunner.query(
      `CREATE INDEX "resident_request_community_submitted_idx" ON "resident_request" ("community_id", "submitted_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "resident_request_community_grid_idx" ON "resident_request" ("community_id", "grid_id", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "resident_request_community_status_idx" ON "resident_request" ("community_id", "status", "submitted_at")`,
    );

    await queryRunner.query(`ALTER TABLE "request_code_counter" ADD "community_id" uuid`);
    await queryRunner.query(`UPDATE "request_code_counter" SET "community_id" = $1`, [dongting]);
    await queryRunner.query(`ALTER TABLE "request_code_counter" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "request_code_counter" DROP CONSTRAINT "PK_request_code_counter"`);
    await queryRunner.query(
      `ALTER TABLE "request_code_counter" ADD CONSTRAINT "PK_request_code_counter" PRIMARY KEY ("community_id", "year")`,
    );

    await queryRunner.query(`ALTER TABLE "department_evaluation" ADD "community_id" uuid`);
    await queryRunner.query(
      `UPDATE "department_evaluation" e SET "community_id" = COALESCE((SELECT r."community_id" FROM "resident_request" r WHERE r."id" = e."request_id"), $1)`,
      [dongting],
    );
    await queryRunner.query(`ALTER TABLE "department_evaluation" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "department_evaluation_community_idx" ON "department_evaluation" ("community_id", "evaluated_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "department_evaluation_community_idx"`);
    await queryRunner.query(`ALTER TABLE "department_evaluation" DROP COLUMN "community_id"`);
    await queryRunner.query(`DELETE FROM "request_code_counter" WHERE "community_id" <> $1`, [demoCommunityId(1)]);
    await queryRunner.query(`ALTER TABLE "request_code_counter" DROP CONSTRAINT "PK_request_code_counter"`);
    await queryRunner.query(`ALTER TABLE "request_code_counter" DROP COLUMN "community_id"`);
    await queryRunner.query(`ALTER TABLE "request_code_counter" ADD CONSTRAINT "PK_request_code_counter" PRIMARY KEY ("year")`);
    await queryRunner.query(`DROP INDEX "resident_request_community_status_idx"`);
    await queryRunner.query(`DROP INDEX "resident_request_community_grid_idx"`);
    await queryRunner.query(`DROP INDEX "resident_request_community_submitted_idx"`);
    // Codes of other communities cannot go back under the DT-only constraint: down needs Dongting's rows only.
    await queryRunner.query(`ALTER TABLE "resident_request" DROP CONSTRAINT "resident_request_code_check"`);
    await queryRunner.query(`ALTER TABLE "resident_request" ALTER COLUMN "code" TYPE varchar(14)`);
    await queryRunner.query(
      `ALTER TABLE "resident_request" ADD CONSTRAINT "resident_request_code_check" CHECK ("code" ~ '^DT-[0-9]{4}-[0-9]{6}$')`,
    );
    await queryRunner.query(`ALTER TABLE "resident_request" DROP COLUMN "community_id"`);
    for (const statement of DROP_GEOGRAPHY_COPY_SQL) await queryRunner.query(statement);
  }
}
