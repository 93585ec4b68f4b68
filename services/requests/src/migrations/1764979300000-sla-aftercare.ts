import type { MigrationInterface, QueryRunner } from "typeorm";

/*
 * Deadlines per category and urgency (the SLA table), stored deadline instants, anonymous submission and the
 * aftercare that keeps the rates honest (issue 12):
 * - `category_deadline` replaces request_category's six hour columns (values moved as clock time), then the
 *   seeded categories still on the old defaults get Beijing-12345-like ones (SLA below);
 * - requests store when 80 % of each window is used, whether they are anonymous, when they closed and were
 *   reopened, who reviewed and who confirmed an unreasonable review, and whether the rating came by phone;
 * - the timeline takes the new entry types; the metrics' covering index carries the new columns it reads.
 * Values are written here as they stood at this migration, not imported from code that may change later.
 */

const EVENT_TYPES_BEFORE = [
  "SUBMITTED",
  "ACCEPTED",
  "ASSIGNED",
  "STARTED",
  "ESCALATED",
  "RESOLVED",
  "RATED",
  "REVIEWED",
  "CLOSED",
  "REJECTED",
  "REOPENED",
  "DISPATCHED",
  "REASSIGNED",
];
const EVENT_TYPES = [...EVENT_TYPES_BEFORE, "REVIEW_CONFIRMED", "CALLBACK_RATED"];
const eventTypeCheck = (types: string[]) =>
  `ALTER TABLE "request_event" ADD CONSTRAINT "request_event_type_check" CHECK ("type" IN (${types.map((type) => `'${type}'`).join(",")}))`;

/** The hours every category had until now (the initial migration's 三色 defaults, clock time). */
const OLD_DEFAULTS: Record<string, [respond: number, resolve: number]> = { RED: [2, 24], YELLOW: [24, 72], GREEN: [24, 168] };

/*
 * Beijing 12345's classes, over the seeded categories: a risk to life or property (RED, every category) 2 h to
 * answer and 24 h to resolve on the clock; water, power, gas and heating (设施维修) and safety hazards at YELLOW
 * 24 h on the clock; general matters 7 working days; complex ones (邻里纠纷, which need mediation) 15 working
 * days. Working-time hours count 7 a working day (08:30-12:00, 14:00-17:30): 7 h is one working day, 21 three,
 * 49 seven, 105 fifteen. Responses outside the clock classes: within one working day.
 */
type Row = [respond: number, resolve: number, workingTime: boolean];
const RED: Row = [2, 24, false];
const UTILITY: Row = [4, 24, false];
const SHORT: Row = [7, 21, true];
const GENERAL: Row = [7, 49, true];
const COMPLEX: Row = [7, 105, true];
const SLA: Record<string, { RED: Row; YELLOW: Row; GREEN: Row }> = {
  设施维修: { RED, YELLOW: UTILITY, GREEN: GENERAL },
  安全隐患: { RED, YELLOW: UTILITY, GREEN: GENERAL },
  环境卫生: { RED, YELLOW: SHORT, GREEN: GENERAL },
  停车管理: { RED, YELLOW: SHORT, GREEN: GENERAL },
  养犬管理: { RED, YELLOW: SHORT, GREEN: GENERAL },
  养老服务: { RED, YELLOW: SHORT, GREEN: GENERAL },
  其他: { RED, YELLOW: SHORT, GREEN: GENERAL },
  邻里纠纷: { RED, YELLOW: GENERAL, GREEN: COMPLEX },
};

const WINDOW_INDEX_BEFORE = `CREATE INDEX "resident_request_window_idx" ON "resident_request" ("submitted_at", "community_id")
  INCLUDE ("status", "respond_by", "resolve_by", "responded_at", "rating_score", "review_reasonable", "id")`;

export class SlaAftercare1764979300000 implements MigrationInterface {
  name = "SlaAftercare1764979300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await run(`CREATE TABLE "category_deadline" (
      "category_id" uuid NOT NULL,
      "urgency" varchar(8) NOT NULL,
      "respond_hours" int NOT NULL,
      "resolve_hours" int NOT NULL,
      "working_time" boolean NOT NULL,
      CONSTRAINT "PK_category_deadline" PRIMARY KEY ("category_id", "urgency"),
      CONSTRAINT "category_deadline_urgency_check" CHECK ("urgency" IN ('GREEN','YELLOW','RED')),
      CONSTRAINT "category_deadline_hours_check" CHECK ("respond_hours" BETWEEN 1 AND "resolve_hours" AND "resolve_hours" <= 2160),
      CONSTRAINT "category_deadline_category_fk" FOREIGN KEY ("category_id") REFERENCES "request_category"("id") ON DELETE CASCADE
    )`);
    // Moved as they were (clock time); the old CHECK allowed any length, the new one 90 days at most.
    for (const urgency of ["RED", "YELLOW", "GREEN"]) {
      const u = urgency.toLowerCase();
      await run(
        `INSERT INTO "category_deadline" ("category_id", "urgency", "respond_hours", "resolve_hours", "working_time")
         SELECT "id", $1, LEAST("${u}_respond_hours", "${u}_resolve_hours", 2160), LEAST("${u}_resolve_hours", 2160), false
         FROM "request_category"`,
        [urgency],
      );
    }

    await run(`ALTER TABLE "resident_request"
      ADD "respond_soon_at" timestamptz,
      ADD "resolve_soon_at" timestamptz,
      ADD "anonymous" boolean NOT NULL DEFAULT false,
      ADD "rating_by_callback" boolean NOT NULL DEFAULT false,
      ADD "rating_recorded_by" uuid,
      ADD "closed_at" timestamptz,
      ADD "reopened_at" timestamptz,
      ADD "reviewed_by" uuid,
      ADD "review_confirmed_at" timestamptz,
      ADD "review_confirmed_by" uuid`);
    // A submission now stores both deadlines at once: untriaged requests get the resolution deadline of their
    // category's default urgency, from submission, with the hours they were submitted under.
    await run(`UPDATE "resident_request" r SET "resolve_by" = r."submitted_at" + interval '1 hour' * (CASE c."default_urgency"
        WHEN 'RED' THEN c."red_resolve_hours" WHEN 'YELLOW' THEN c."yellow_resolve_hours" ELSE c."green_resolve_hours" END)
      FROM "request_category" c WHERE c."name" = r."category" AND r."status" = 'SUBMITTED' AND r."resolve_by" IS NULL`);
    // Every stored deadline so far was clock time: 80 % of the window on the clock.
    await run(`UPDATE "resident_request" SET
      "respond_soon_at" = "submitted_at" + ("respond_by" - "submitted_at") * 0.8,
      "resolve_soon_at" = "submitted_at" + ("resolve_by" - "submitted_at") * 0.8
      WHERE "respond_by" IS NOT NULL OR "resolve_by" IS NOT NULL`);
    // A request closes when rated; the reopening window counts from then.
    await run(`UPDATE "resident_request" SET "closed_at" = COALESCE("rated_at", "resolved_at", "submitted_at") WHERE "status" = 'CLOSED'`);
    await run(`UPDATE "resident_request" r SET "reopened_at" = e."at"
      FROM (SELECT "request_id", max("at") AS "at" FROM "request_event" WHERE "type" = 'REOPENED' GROUP BY 1) e
      WHERE e."request_id" = r."id"`);
    // A rejection answers the resident: its instant is the response (a row without the entry: its respondBy).
    await run(`UPDATE "resident_request" r SET "responded_at" = COALESCE(
        (SELECT min(e."at") FROM "request_event" e WHERE e."request_id" = r."id" AND e."type" = 'REJECTED'), r."respond_by", r."submitted_at")
      WHERE r."status" = 'REJECTED' AND r."responded_at" IS NULL`);
    await run(`UPDATE "resident_request" r SET "reviewed_by" =
        (SELECT e."actor_id" FROM "request_event" e WHERE e."request_id" = r."id" AND e."type" = 'REVIEWED' ORDER BY e."seq" DESC LIMIT 1)
      WHERE r."reviewed_at" IS NOT NULL`);
    // Unreasonable reviews made before now are not confirmed: under the new rule they wait for a second
    // handler (anyone in reach may confirm them, their reviewer being unknown or not), and count until then.
    await run(`ALTER TABLE "resident_request"
      ADD CONSTRAINT "resident_request_soon_check" CHECK (("respond_soon_at" IS NULL) = ("respond_by" IS NULL) AND ("resolve_soon_at" IS NULL) = ("resolve_by" IS NULL) AND "respond_soon_at" <= "respond_by" AND "resolve_soon_at" <= "resolve_by"),
      ADD CONSTRAINT "resident_request_closed_check" CHECK (("status" = 'CLOSED') = ("closed_at" IS NOT NULL)),
      ADD CONSTRAINT "resident_request_callback_check" CHECK (NOT "rating_by_callback" OR "rating_score" IS NOT NULL),
      ADD CONSTRAINT "resident_request_review_confirmed_check" CHECK ("review_confirmed_at" IS NULL OR "review_reasonable" = false)`);

    for (const [name, rows] of Object.entries(SLA)) {
      for (const [urgency, [respond, resolve, workingTime]] of Object.entries(rows)) {
        await run(
          `UPDATE "category_deadline" d SET "respond_hours" = $3, "resolve_hours" = $4, "working_time" = $5
           FROM "request_category" c
           WHERE c."id" = d."category_id" AND c."name" = $1 AND d."urgency" = $2
             AND d."respond_hours" = $6 AND d."resolve_hours" = $7 AND NOT d."working_time"`,
          [name, urgency, respond, resolve, workingTime, ...OLD_DEFAULTS[urgency]],
        );
      }
    }
    await run(`ALTER TABLE "request_category" DROP CONSTRAINT "request_category_hours_check"`);
    await run(`ALTER TABLE "request_category" DROP COLUMN "red_respond_hours", DROP COLUMN "red_resolve_hours",
      DROP COLUMN "yellow_respond_hours", DROP COLUMN "yellow_resolve_hours", DROP COLUMN "green_respond_hours", DROP COLUMN "green_resolve_hours"`);

    // The timeline's new entries (DISPATCHED and REASSIGNED included, whichever migration adds them first).
    await run(`ALTER TABLE "request_event" DROP CONSTRAINT IF EXISTS "request_event_type_check"`);
    await run(eventTypeCheck(EVENT_TYPES));
    // The month and year figures read whether a review is confirmed and whether a request was reopened.
    await run(`DROP INDEX "resident_request_window_idx"`);
    await run(`CREATE INDEX "resident_request_window_idx" ON "resident_request" ("submitted_at", "community_id")
      INCLUDE ("status", "respond_by", "resolve_by", "responded_at", "rating_score", "review_reasonable", "review_confirmed_at", "reopened_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string, parameters?: unknown[]) => queryRunner.query(sql, parameters);
    await run(`DROP INDEX "resident_request_window_idx"`);
    await run(WINDOW_INDEX_BEFORE);
    await run(`DELETE FROM "request_event" WHERE "type" IN ('REVIEW_CONFIRMED', 'CALLBACK_RATED')`);
    await run(`ALTER TABLE "request_event" DROP CONSTRAINT "request_event_type_check"`);
    await run(eventTypeCheck(EVENT_TYPES_BEFORE));

    // Working-time hours go back as the same number of clock hours: the old table knew no working time.
    await run(`ALTER TABLE "request_category" ADD "red_respond_hours" int, ADD "red_resolve_hours" int,
      ADD "yellow_respond_hours" int, ADD "yellow_resolve_hours" int, ADD "green_respond_hours" int, ADD "green_resolve_hours" int`);
    for (const urgency of ["RED", "YELLOW", "GREEN"]) {
      const u = urgency.toLowerCase();
      await run(
        `UPDATE "request_category" c SET "${u}_respond_hours" = d."respond_hours", "${u}_resolve_hours" = d."resolve_hours"
         FROM "category_deadline" d WHERE d."category_id" = c."id" AND d."urgency" = $1`,
        [urgency],
      );
    }
    for (const column of ["red", "yellow", "green"].flatMap((u) => [`${u}_respond_hours`, `${u}_resolve_hours`])) {
      await run(`ALTER TABLE "request_category" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    await run(
      `ALTER TABLE "request_category" ADD CONSTRAINT "request_category_hours_check" CHECK ("red_respond_hours" BETWEEN 1 AND "red_resolve_hours" AND "yellow_respond_hours" BETWEEN 1 AND "yellow_resolve_hours" AND "green_respond_hours" BETWEEN 1 AND "green_resolve_hours")`,
    );
    await run(`DROP TABLE "category_deadline"`);

    await run(`ALTER TABLE "resident_request"
      DROP CONSTRAINT "resident_request_soon_check", DROP CONSTRAINT "resident_request_closed_check",
      DROP CONSTRAINT "resident_request_callback_check", DROP CONSTRAINT "resident_request_review_confirmed_check",
      DROP COLUMN "respond_soon_at", DROP COLUMN "resolve_soon_at", DROP COLUMN "anonymous", DROP COLUMN "rating_by_callback",
      DROP COLUMN "rating_recorded_by", DROP COLUMN "closed_at", DROP COLUMN "reopened_at", DROP COLUMN "reviewed_by",
      DROP COLUMN "review_confirmed_at", DROP COLUMN "review_confirmed_by"`);
  }
}
