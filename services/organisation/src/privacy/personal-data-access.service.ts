import type { DataSource } from "typeorm";
import { checkTimeWindow, isUuid, pageArgs, isInstantKey, pageOf, type Clock, type SensitiveRead } from "@dongting/subgraph-kit";
import { ACCESS_LOG_WINDOW_DAYS_MAX } from "@dongting/domain/organisation";
import { ACCESS_ACTOR_MAX, ACCESS_FIELD_MAX, ACCESS_OPERATION_MAX, PersonalDataAccess } from "./personal-data-access.entity.js";
import type { PersonalDataAccessConnection } from "./personal-data-access-connection.type.js";

/** At most `max` characters (code points, as varchar(n) counts them). */
const cut = (text: string | null, max: number): string | null => (text === null ? null : [...text].slice(0, max).join(""));

/**
 * Writes an answer's sensitive reads in ONE statement, one row per actor, subject, field and operation (a
 * person met twice in one answer is recorded once), at the clock's now. Nothing is written when the answer
 * handed out nothing sensitive.
 */
export async function recordSensitiveReads(db: DataSource, reads: readonly SensitiveRead[], clock: Clock): Promise<void> {
  const rows = new Map<string, SensitiveRead>();
  for (const read of reads) {
    if (!isUuid(read.subjectId)) continue;
    const row = {
      actorId: cut(read.actorId, ACCESS_ACTOR_MAX),
      subjectId: read.subjectId,
      field: cut(read.field, ACCESS_FIELD_MAX)!,
      operation: cut(read.operation, ACCESS_OPERATION_MAX),
    };
    rows.set(JSON.stringify([row.actorId, row.subjectId, row.field, row.operation]), row);
  }
  if (rows.size === 0) return;
  const list = [...rows.values()];
  await db.query(
    `INSERT INTO "personal_data_access" ("at", "actor_id", "subject_id", "field", "operation")
     SELECT $1::timestamptz, r."actor_id", r."subject_id", r."field", r."operation"
     FROM unnest($2::varchar[], $3::uuid[], $4::varchar[], $5::varchar[]) AS r("actor_id", "subject_id", "field", "operation")`,
    [
      clock.now(),
      list.map((row) => row.actorId),
      list.map((row) => row.subjectId),
      list.map((row) => row.field),
      list.map((row) => row.operation),
    ],
  );
}

export interface AccessLogQuery {
  from: Date;
  to: Date;
  subjectId: string | null;
  actorId: string | null;
  first: number;
  after: string | null;
}

interface AccessRow {
  total: number;
  id: string | null;
  at: Date | string;
  actor_id: string | null;
  subject_id: string;
  field: string;
  operation: string | null;
}

/** A page of the record in [from, to), newest first, optionally of one subject and/or one actor, with the total. */
export async function personalDataAccessLog(db: DataSource, query: AccessLogQuery): Promise<PersonalDataAccessConnection> {
  checkTimeWindow(query.from, query.to, ACCESS_LOG_WINDOW_DAYS_MAX);
  const page = pageArgs(query.first, query.after, isInstantKey);
  // Subjects are people of this subgraph (uuids): any other id has no record.
  if (query.subjectId !== null && !isUuid(query.subjectId)) return { ...pageOf([], page.first, () => ""), totalCount: 0 };
  const matching = `FROM "personal_data_access" a WHERE a."at" >= $1 AND a."at" < $2
    AND ($3::uuid IS NULL OR a."subject_id" = $3::uuid) AND ($4::varchar IS NULL OR a."actor_id" = $4::varchar)`;
  const rows: AccessRow[] = await db.query(
    `SELECT t."total", page.* FROM (SELECT count(*)::int AS "total" ${matching}) t
     LEFT JOIN LATERAL (
       SELECT a."id", a."at", a."actor_id", a."subject_id", a."field", a."operation" ${matching}
         AND ($5::timestamptz IS NULL OR (a."at", a."id") < ($5::timestamptz, $6::uuid))
       ORDER BY a."at" DESC, a."id" DESC LIMIT $7
     ) page ON true
     ORDER BY page."at" DESC, page."id" DESC`,
    [query.from, query.to, query.subjectId, query.actorId, page.after?.sortKey ?? null, page.after?.id ?? null, page.first + 1],
  );
  const entries = rows
    .filter((row) => row.id !== null)
    .map((row) =>
      Object.assign(new PersonalDataAccess(), {
        id: row.id,
        at: new Date(row.at),
        actorId: row.actor_id,
        subjectId: row.subject_id,
        field: row.field,
        operation: row.operation,
      }),
    );
  return { ...pageOf(entries, page.first, (entry) => entry.at.toISOString()), totalCount: rows[0]?.total ?? 0 };
}
