import type { MigrationInterface, QueryRunner } from "typeorm";
import { CREATE_HISTORY_TABLE_SQL } from "@dongting/subgraph-kit";

/** 分类: the eight seeded categories with the 三色 default deadlines (hours from submission). */
const CATEGORIES: Array<[name: string, level: string, urgency: string]> = [
  ["设施维修", "COMMUNITY", "YELLOW"],
  ["环境卫生", "GRID", "GREEN"],
  ["停车管理", "GRID", "GREEN"],
  ["养犬管理", "GRID", "GREEN"],
  ["邻里纠纷", "GRID", "YELLOW"],
  ["安全隐患", "COMMUNITY", "RED"],
  ["养老服务", "COMMUNITY", "YELLOW"],
  ["其他", "GRID", "GREEN"],
];

export class Initial1764547200000 implements MigrationInterface {
  name = "Initial1764547200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "request_category" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" varchar(20) NOT NULL,
      "default_level" varchar(16) NOT NULL,
      "default_urgency" varchar(8) NOT NULL,
      "red_respond_hours" int NOT NULL,
      "red_resolve_hours" int NOT NULL,
      "yellow_respond_hours" int NOT NULL,
      "yellow_resolve_hours" int NOT NULL,
      "green_respond_hours" int NOT NULL,
      "green_resolve_hours" int NOT NULL,
      "sort_order" int NOT NULL,
      CONSTRAINT "PK_request_category" PRIMARY KEY ("id"),
      CONSTRAINT "request_category_level_check" CHECK ("default_level" IN ('GRID','COMMUNITY','STREET','DISTRICT')),
      CONSTRAINT "request_category_urgency_check" CHECK ("default_urgency" IN ('GREEN','YELLOW','RED')),
      CONSTRAINT "request_category_hours_check" CHECK ("red_respond_hours" BETWEEN 1 AND "red_resolve_hours" AND "yellow_respond_hours" BETWEEN 1 AND "yellow_resolve_hours" AND "green_respond_hours" BETWEEN 1 AND "green_resolve_hours")
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "request_category_name_key" ON "request_category" ("name")`);
    for (const [order, [name, level, urgency]] of CATEGORIES.entries()) {
      await queryRunner.query(
        `INSERT INTO "request_category" ("name", "default_level", "default_urgency", "red_respond_hours", "red_resolve_hours",
          "yellow_respond_hours", "yellow_resolve_hours", "green_respond_hours", "green_resolve_hours", "sort_order")
         VALUES ($1, $2, $3, 2, 24, 24, 72, 24, 168, $4)`,
        [name, level, urgency, order + 1],
      );
    }

    await queryRunner.query(`CREATE TABLE "resident_request" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "code" varchar(14) NOT NULL,
      "title" varchar(80) NOT NULL,
      "description" varchar(2000) NOT NULL,
      "channel" varchar(20) NOT NULL,
      "category" varchar(20) NOT NULL,
      "status" varchar(16) NOT NULL,
      "level" varchar(16),
      "urgency" varchar(8),
      "submitted_at" timestamptz NOT NULL,
      "respond_by" timestamptz,
      "resolve_by" timestamptz,
      "responded_at" timestamptz,
      "resolved_at" timestamptz,
      "submitter_id" uuid NOT NULL,
      "client_request_id" varchar(100) NOT NULL,
      "grid_id" uuid,
      "neighbourhood_id" uuid,
      "patrol_shift_id" uuid,
      "force_kind" varchar(24),
      "assignee_name" varchar(60),
      "assignee_person_id" uuid,
      "volunteer_team_id" uuid,
      "assigned_at" timestamptz,
      "rating_score" smallint,
      "rating_comment" varchar(500),
      "rated_at" timestamptz,
      "review_reasonable" boolean,
      "review_note" varchar(500),
      "reviewed_at" timestamptz,
      "response_escalated_for" timestamptz,
      "resolution_escalated_for" timestamptz,
      CONSTRAINT "PK_resident_request" PRIMARY KEY ("id"),
      CONSTRAINT "resident_request_title_check" CHECK (char_length("title") BETWEEN 1 AND 80),
      CONSTRAINT "resident_request_description_check" CHECK (char_length("description") BETWEEN 1 AND 2000),
      CONSTRAINT "resident_request_code_check" CHECK ("code" ~ '^DT-[0-9]{4}-[0-9]{6}$'),
      CONSTRAINT "resident_request_channel_check" CHECK ("channel" IN ('WECHAT','GRID_GROUP','SECRETARY_MAILBOX','PATROL','COUNCIL','HOTLINE','WALK_IN')),
      CONSTRAINT "resident_request_status_check" CHECK ("status" IN ('SUBMITTED','ACCEPTED','ASSIGNED','IN_PROGRESS','RESOLVED','CLOSED','REJECTED')),
      CONSTRAINT "resident_request_level_check" CHECK ("level" IN ('GRID','COMMUNITY','STREET','DISTRICT')),
      CONSTRAINT "resident_request_urgency_check" CHECK ("urgency" IN ('GREEN','YELLOW','RED')),
      CONSTRAINT "resident_request_force_kind_check" CHECK ("force_kind" IN ('CADRE','COMMUNITY_STAFF','PUBLIC_SERVICE','CO_BUILDING_UNIT','VOLUNTEER','CONVENIENCE_SERVICE')),
      CONSTRAINT "resident_request_triaged_check" CHECK ("status" IN ('SUBMITTED','REJECTED') OR ("level" IS NOT NULL AND "urgency" IS NOT NULL AND "responded_at" IS NOT NULL)),
      CONSTRAINT "resident_request_assignment_check" CHECK (("force_kind" IS NULL) = ("assignee_name" IS NULL) AND ("force_kind" IS NULL) = ("assigned_at" IS NULL)),
      CONSTRAINT "resident_request_rating_check" CHECK (("rating_score" IS NULL) = ("rated_at" IS NULL) AND "rating_score" BETWEEN 1 AND 5),
      CONSTRAINT "resident_request_review_check" CHECK (("review_reasonable" IS NULL) = ("reviewed_at" IS NULL) AND ("review_note" IS NULL) = ("reviewed_at" IS NULL) AND ("reviewed_at" IS NULL OR "rated_at" IS NOT NULL)),
      CONSTRAINT "resident_request_category_fk" FOREIGN KEY ("category") REFERENCES "request_category"("name") ON DELETE RESTRICT
    )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "resident_request_code_key" ON "resident_request" ("code")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "resident_request_client_key" ON "resident_request" ("submitter_id", "client_request_id")`,
    );
    await queryRunner.query(`CREATE INDEX "resident_request_submitted_idx" ON "resident_request" ("submitted_at", "id")`);
    await queryRunner.query(`CREATE INDEX "resident_request_grid_idx" ON "resident_request" ("grid_id", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "resident_request_status_idx" ON "resident_request" ("status", "submitted_at")`);

    await queryRunner.query(`CREATE TABLE "request_event" (
      "seq" BIGSERIAL NOT NULL,
      "request_id" uuid NOT NULL,
      "at" timestamptz NOT NULL,
      "type" varchar(16) NOT NULL,
      "note" varchar(2000),
      "actor_id" uuid,
      CONSTRAINT "PK_request_event" PRIMARY KEY ("seq"),
      CONSTRAINT "request_event_type_check" CHECK ("type" IN ('SUBMITTED','ACCEPTED','ASSIGNED','STARTED','ESCALATED','RESOLVED','RATED','REVIEWED','CLOSED','REJECTED','REOPENED')),
      CONSTRAINT "request_event_request_fk" FOREIGN KEY ("request_id") REFERENCES "resident_request"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(`CREATE INDEX "request_event_request_idx" ON "request_event" ("request_id", "at")`);

    await queryRunner.query(`CREATE TABLE "request_code_counter" (
      "year" int NOT NULL,
      "last_number" int NOT NULL,
      CONSTRAINT "PK_request_code_counter" PRIMARY KEY ("year")
    )`);
    for (const statement of CREATE_HISTORY_TABLE_SQL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "history"`);
    await queryRunner.query(`DROP TABLE "request_code_counter"`);
    await queryRunner.query(`DROP TABLE "request_event"`);
    await queryRunner.query(`DROP TABLE "resident_request"`);
    await queryRunner.query(`DROP TABLE "request_category"`);
  }
}
