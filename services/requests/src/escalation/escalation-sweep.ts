import type { DataSource, EntityManager } from "typeorm";
import { recordHistories } from "@dongting/subgraph-kit";
import { HandlingLevel, IN_HAND_STATUSES } from "@dongting/domain/requests";

/** Requests escalated per statement; the sweep repeats until a batch comes back short. */
const BATCH = 200;

const IN_HAND = IN_HAND_STATUSES.map((status) => `'${status}'`).join(",");

/*
 * One statement escalates a batch: it picks overdue requests whose current deadline has not been
 * escalated yet (the *_escalated_for marker differs from the deadline), locks them with SKIP LOCKED
 * so replicas sweeping at the same moment take disjoint rows, moves each one level up, records the
 * deadline in the marker, and writes the ESCALATED event; the same transaction then records the history
 * rows. A request already at DISTRICT only gets its marker. Re-checking the marker under the lock makes a
 * second sweep a no-op.
 */
const ESCALATE_SQL = `
WITH due AS (
  SELECT r."id", r."level" AS "from_level",
         CASE WHEN r."status" = 'SUBMITTED' THEN 'RESPONSE' ELSE 'RESOLUTION' END AS "deadline"
  FROM "resident_request" r
  WHERE (r."status" = 'SUBMITTED' AND r."respond_by" < $1
         AND r."response_escalated_for" IS DISTINCT FROM r."respond_by")
     OR (r."status" IN (${IN_HAND}) AND r."resolve_by" < $1
         AND r."resolution_escalated_for" IS DISTINCT FROM r."resolve_by")
  ORDER BY r."submitted_at"
  LIMIT ${BATCH}
  FOR UPDATE SKIP LOCKED
), escalated AS (
  UPDATE "resident_request" r SET
    "level" = CASE COALESCE(due."from_level", 'GRID')
                WHEN 'GRID' THEN 'COMMUNITY' WHEN 'COMMUNITY' THEN 'STREET' ELSE 'DISTRICT' END,
    "response_escalated_for" = CASE WHEN due."deadline" = 'RESPONSE' THEN r."respond_by" ELSE r."response_escalated_for" END,
    "resolution_escalated_for" = CASE WHEN due."deadline" = 'RESOLUTION' THEN r."resolve_by" ELSE r."resolution_escalated_for" END
  FROM due
  WHERE r."id" = due."id"
  RETURNING r."id", due."from_level", r."level" AS "to_level", due."deadline"
), moved AS (
  SELECT * FROM escalated WHERE "from_level" IS DISTINCT FROM 'DISTRICT'
), events AS (
  INSERT INTO "request_event" ("request_id", "at", "type", "note", "actor_id")
  SELECT "id", $1, 'ESCALATED',
         CASE WHEN "deadline" = 'RESPONSE' THEN '响应超时，自动上报至 ' ELSE '办理超时，自动上报至 ' END || "to_level",
         NULL
  FROM moved
)
SELECT "id", "from_level", "to_level", "deadline" FROM escalated`;

export interface SweepResult {
  /** Requests moved one level up (with an ESCALATED event). */
  escalated: number;
  /** Requests whose deadline was marked as handled (includes those already at DISTRICT). */
  marked: number;
}

interface MarkedRow {
  id: string;
  from_level: HandlingLevel | null;
  to_level: HandlingLevel;
  deadline: "RESPONSE" | "RESOLUTION";
}

async function sweepBatch(manager: EntityManager, at: Date): Promise<SweepResult> {
  const marked: MarkedRow[] = await manager.query(ESCALATE_SQL, [at]);
  const moved = marked.filter((row) => row.from_level !== HandlingLevel.DISTRICT);
  await recordHistories(
    manager,
    null,
    moved.map((row) => ({
      subjectType: "ResidentRequest",
      subjectId: row.id,
      action: "ESCALATED",
      detail: { by: "sweep", deadline: row.deadline, from: row.from_level, to: row.to_level },
    })),
  );
  return { escalated: moved.length, marked: marked.length };
}

/** Escalates every request overdue at `at` once per missed deadline. Safe to run on several replicas at once. */
export async function runEscalationSweep(db: DataSource, at: Date): Promise<SweepResult> {
  const total: SweepResult = { escalated: 0, marked: 0 };
  for (;;) {
    const batch = await db.transaction((manager) => sweepBatch(manager, at));
    total.escalated += batch.escalated;
    total.marked += batch.marked;
    if (batch.marked < BATCH) return total;
  }
}
