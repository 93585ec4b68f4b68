import type { MigrationInterface, QueryRunner } from "typeorm";

/** Service certificates (issue 13 point 2) and their per-community, per-year counter. */
export class Certificates1765152000000 implements MigrationInterface {
  name = "Certificates1765152000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_certificate" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "number" varchar(32) NOT NULL,
      "community_id" uuid NOT NULL,
      "year" int NOT NULL,
      "sequence" int NOT NULL,
      "volunteer_id" uuid NOT NULL,
      "from_at" timestamptz NOT NULL,
      "to_at" timestamptz NOT NULL,
      "minutes" int NOT NULL,
      "activities" jsonb NOT NULL,
      "issued_at" timestamptz NOT NULL,
      "issued_by" uuid,
      "verification_code" varchar(16) NOT NULL,
      CONSTRAINT "PK_service_certificate" PRIMARY KEY ("id"),
      CONSTRAINT "service_certificate_number_key" UNIQUE ("number"),
      CONSTRAINT "service_certificate_sequence_key" UNIQUE ("community_id", "year", "sequence"),
      CONSTRAINT "service_certificate_period_check" CHECK ("to_at" > "from_at"),
      CONSTRAINT "service_certificate_minutes_check" CHECK ("minutes" > 0),
      CONSTRAINT "service_certificate_volunteer_fk" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE INDEX "service_certificate_volunteer_idx" ON "service_certificate" ("volunteer_id", "issued_at")`);
    await queryRunner.query(`CREATE TABLE "certificate_counter" (
      "community_id" uuid NOT NULL,
      "year" int NOT NULL,
      "last_sequence" int NOT NULL,
      CONSTRAINT "PK_certificate_counter" PRIMARY KEY ("community_id", "year")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certificate_counter"`);
    await queryRunner.query(`DROP TABLE "service_certificate"`);
  }
}
