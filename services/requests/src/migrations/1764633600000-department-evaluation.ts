import type { MigrationInterface, QueryRunner } from "typeorm";

export class DepartmentEvaluation1764633600000 implements MigrationInterface {
  name = "DepartmentEvaluation1764633600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "department_evaluation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "department" varchar(60) NOT NULL,
      "request_id" uuid,
      "response_speed" smallint NOT NULL,
      "quality" smallint NOT NULL,
      "comment" varchar(500),
      "evaluated_at" timestamptz NOT NULL,
      "evaluator_id" uuid,
      CONSTRAINT "PK_department_evaluation" PRIMARY KEY ("id"),
      CONSTRAINT "department_evaluation_department_check" CHECK (char_length("department") BETWEEN 1 AND 60),
      CONSTRAINT "department_evaluation_scores_check" CHECK ("response_speed" BETWEEN 1 AND 5 AND "quality" BETWEEN 1 AND 5),
      CONSTRAINT "department_evaluation_request_fk" FOREIGN KEY ("request_id") REFERENCES "resident_request"("id") ON DELETE SET NULL
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "department_evaluation_request_key" ON "department_evaluation" ("department", "request_id")`,
    );
    await queryRunner.query(`CREATE INDEX "department_evaluation_evaluated_idx" ON "department_evaluation" ("evaluated_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "department_evaluation"`);
  }
}
