import type { MigrationInterface, QueryRunner } from "typeorm";

const FORCE_KINDS = `'CADRE','COMMUNITY_STAFF','PUBLIC_SERVICE','CO_BUILDING_UNIT','VOLUNTEER','CONVENIENCE_SERVICE'`;
const EVENT_TYPES_BEFORE = `'SUBMITTED','ACCEPTED','ASSIGNED','STARTED','ESCALATED','RESOLVED','RATED','REVIEWED','CLOSED','REJECTED','REOPENED'`;
/** The timeline's new entries of issue 12: dispatch and reassignment here, the aftercare ones beside them. */
const EVENT_TYPES = `${EVENT_TYPES_BEFORE},'DISPATCHED','REASSIGNED','REVIEW_CONFIRMED','CALLBACK_RATED'`;

/**
 * Work forces (issue 12): the registry of units (承办单位) and their members, the units handling each
 * request (the first leads, 首接负责: a partial unique index keeps one leading unit per request), and the
 * communities' dispatch rules (one per position and community). The timeline learns the new event types.
 */
export class WorkForces1764979200000 implements MigrationInterface {
  name = "WorkForces1764979200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_unit" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(60) NOT NULL,
      "force_kind" varchar(24) NOT NULL,
      "community_id" uuid NOT NULL,
      "volunteer_team_id" uuid,
      "active" boolean NOT NULL DEFAULT true,
      "created_at" timestamptz NOT NULL,
      CONSTRAINT "PK_service_unit" PRIMARY KEY ("id"),
      CONSTRAINT "service_unit_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
      CONSTRAINT "service_unit_force_kind_check" CHECK ("force_kind" IN (${FORCE_KINDS})),
      CONSTRAINT "service_unit_team_check" CHECK (("force_kind" = 'VOLUNTEER') = ("volunteer_team_id" IS NOT NULL))
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_unit_name_key" ON "service_unit" ("community_id", "name")`);
    await queryRunner.query(`CREATE INDEX "service_unit_community_idx" ON "service_unit" ("community_id", "force_kind")`);

    await queryRunner.query(`CREATE TABLE "service_unit_member" (
      "unit_id" uuid NOT NULL,
      "person_id" uuid NOT NULL,
      "leader" boolean NOT NULL DEFAULT false,
      CONSTRAINT "PK_service_unit_member" PRIMARY KEY ("unit_id", "person_id"),
      CONSTRAINT "service_unit_member_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "service_unit"("id") ON DELETE CASCADE
    )`);
    // 我的任务 looks up a person's units; one leader per unit.
    await queryRunner.query(`CREATE INDEX "service_unit_member_person_idx" ON "service_unit_member" ("person_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_unit_member_leader_key" ON "service_unit_member" ("unit_id") WHERE "leader"`);

    await queryRunner.query(`CREATE TABLE "request_unit" (
      "request_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "leading" boolean NOT NULL,
      "person_id" uuid,
      "dispatched_at" timestamptz NOT NULL,
      "dispatched_by" uuid,
      CONSTRAINT "PK_request_unit" PRIMARY KEY ("request_id", "unit_id"),
      CONSTRAINT "request_unit_request_fk" FOREIGN KEY ("request_id") REFERENCES "resident_request"("id") ON DELETE CASCADE,
      CONSTRAINT "request_unit_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "service_unit"("id") ON DELETE RESTRICT
    )`);
    // A unit's worklist walks its requests; the leading unit is one per request.
    await queryRunner.query(`CREATE INDEX "request_unit_unit_idx" ON "request_unit" ("unit_id", "request_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "request_unit_leading_key" ON "request_unit" ("request_id") WHERE "leading"`);

    await queryRunner.query(`CREATE TABLE "dispatch_rule" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "position" int NOT NULL,
      "community_id" uuid NOT NULL,
      "category" varchar(20),
      "grid_id" uuid,
      "unit_id" uuid NOT NULL,
      "urgency" varchar(8),
      "automatic" boolean NOT NULL,
      CONSTRAINT "PK_dispatch_rule" PRIMARY KEY ("id"),
      CONSTRAINT "dispatch_rule_position_check" CHECK ("position" BETWEEN 1 AND 9999),
      CONSTRAINT "dispatch_rule_urgency_check" CHECK ("urgency" IN ('GREEN','YELLOW','RED')),
      CONSTRAINT "dispatch_rule_category_fk" FOREIGN KEY ("category") REFERENCES "request_category"("name") ON DELETE RESTRICT,
      CONSTRAINT "dispatch_rule_unit_fk" FOREIGN KEY ("unit_id") REFERENCES "service_unit"("id") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "dispatch_rule_position_key" ON "dispatch_rule" ("community_id", "position")`);
    await queryRunner.query(`CREATE INDEX "dispatch_rule_unit_idx" ON "dispatch_rule" ("unit_id")`);

    await queryRunner.query(`ALTER TABLE "request_event" DROP CONSTRAINT "request_event_type_check"`);
    await queryRunner.query(`ALTER TABLE "request_event" ADD CONSTRAINT "request_event_type_check" CHECK ("type" IN (${EVENT_TYPES}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "request_event" WHERE "type" NOT IN (${EVENT_TYPES_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "request_event" DROP CONSTRAINT "request_event_type_check"`);
    await queryRunner.query(
      `ALTER TABLE "request_event" ADD CONSTRAINT "request_event_type_check" CHECK ("type" IN (${EVENT_TYPES_BEFORE}))`,
    );
    await queryRunner.query(`DROP TABLE "dispatch_rule"`);
    await queryRunner.query(`DROP TABLE "request_unit"`);
    await queryRunner.query(`DROP TABLE "service_unit_member"`);
    await queryRunner.query(`DROP TABLE "service_unit"`);
  }
}
