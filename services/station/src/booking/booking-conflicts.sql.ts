import type { EntityManager } from "typeorm";
import type { Period } from "@dongting/domain/station";

/*
 * The conflict checks of bookZone, one statement each whatever the number of bookings: the
 * (zone_id, starts_at) index is scanned only over the 4 hours before each occurrence (no booking is
 * longer, see booking_length_check). Occurrences are passed as two arrays for `unnest(...) WITH ORDINALITY`.
 */

const ACTIVE_SQL = `('PENDING','CONFIRMED','CHECKED_IN')`;

type Runner = Pick<EntityManager, "query">;

function occurrenceArrays(occurrences: readonly Period[]): [string[], string[]] {
  return [occurrences.map((o) => o.startsAt.toISOString()), occurrences.map((o) => o.endsAt.toISOString())];
}

export interface OverlapRow {
  /** 1-based index of the occurrence. */
  ord: number;
  id: string;
  title: string;
  /** Whose booking it is: its title goes into the refusal only for them and staff of its community. */
  organiser_id: string | null;
  community_id: string;
  starts_at: Date;
  ends_at: Date;
}

/** The first occurrence that overlaps an active booking of the zone, with that booking. */
export async function firstOverlap(
  runner: Runner,
  zoneId: string,
  occurrences: readonly Period[],
  exclude: string | null = null,
): Promise<OverlapRow | null> {
  const [starts, ends] = occurrenceArrays(occurrences);
  const rows: OverlapRow[] = await runner.query(
    `SELECT c.ord::int AS ord, b.id, b.title, b.organiser_id, b.community_id, b.starts_at, b.ends_at
       FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS c(starts_at, ends_at, ord)
       JOIN booking b ON b.zone_id = $1 AND b.status IN ${ACTIVE_SQL}
        AND b.starts_at < c.ends_at AND b.starts_at > c.starts_at - interval '4 hours' AND b.ends_at > c.starts_at
        AND ($4::uuid IS NULL OR b.id <> $4)
      ORDER BY c.ord, b.starts_at
      LIMIT 1`,
    [zoneId, starts, ends, exclude],
  );
  return rows[0] ?? null;
}

/**
 * The first occurrence during which the attendees present at some instant, plus `attendees`, would
 * exceed `capacity`. The peak over an interval is reached at its start or where a booking starts.
 */
export async function firstOverCapacity(
  runner: Runner,
  zoneId: string,
  occurrences: readonly Period[],
  attendees: number,
  capacity: number,
  exclude: string | null = null,
): Promise<{ ord: number; peak: number } | null> {
  const [starts, ends] = occurrenceArrays(occurrences);
  const rows: Array<{ ord: number; peak: number }> = await runner.query(
    `WITH c AS (
       SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS c(starts_at, ends_at, ord)
     ), present AS (
       SELECT c.ord, b.starts_at, b.ends_at, b.attendees
         FROM c JOIN booking b ON b.zone_id = $1 AND b.status IN ${ACTIVE_SQL}
          AND b.starts_at < c.ends_at AND b.starts_at > c.starts_at - interval '4 hours' AND b.ends_at > c.starts_at
          AND ($6::uuid IS NULL OR b.id <> $6)
     ), instants AS (
       SELECT c.ord, c.starts_at AS at FROM c
       UNION
       SELECT p.ord, p.starts_at FROM present p JOIN c ON c.ord = p.ord WHERE p.starts_at > c.starts_at
     ), loads AS (
       SELECT i.ord, i.at, COALESCE(sum(p.attendees), 0) AS load
         FROM instants i LEFT JOIN present p ON p.ord = i.ord AND p.starts_at <= i.at AND p.ends_at > i.at
        GROUP BY i.ord, i.at
     )
     SELECT ord::int AS ord, max(load)::int AS peak FROM loads
      GROUP BY ord HAVING max(load) + $4 > $5
      ORDER BY ord LIMIT 1`,
    [zoneId, starts, ends, attendees, capacity, exclude],
  );
  return rows[0] ?? null;
}

/** Closures of the zone in effect during [from, to), with their reasons. */
export async function closuresDuring(runner: Runner, zoneId: string, from: Date, to: Date): Promise<Array<Period & { reason: string }>> {
  const rows: Array<{ starts_at: Date; ends_at: Date; reason: string }> = await runner.query(
    `SELECT starts_at, ends_at, reason FROM zone_closure
      WHERE zone_id = $1 AND starts_at < $3 AND ends_at > $2 AND starts_at < ends_at`,
    [zoneId, from, to],
  );
  return rows.map((c) => ({ startsAt: new Date(c.starts_at), endsAt: new Date(c.ends_at), reason: c.reason }));
}

/**
 * The first occurrence with an active booking of the zone less than `buffer` minutes before or after it
 * (not overlapping it: overlaps are the exclusion's or the capacity's). Runs under the zone's advisory lock.
 */
export async function firstWithinBuffer(
  runner: Runner,
  zoneId: string,
  occurrences: readonly Period[],
  buffer: number,
  exclude: string | null = null,
): Promise<{ ord: number; id: string; starts_at: Date; ends_at: Date } | null> {
  const [starts, ends] = occurrenceArrays(occurrences);
  const rows = await runner.query(
    `SELECT c.ord::int AS ord, b.id, b.starts_at, b.ends_at
       FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS c(starts_at, ends_at, ord)
       JOIN booking b ON b.zone_id = $1 AND b.status IN ${ACTIVE_SQL}
        AND b.starts_at < c.ends_at + make_interval(mins => $4) AND b.ends_at > c.starts_at - make_interval(mins => $4)
        AND b.starts_at > c.starts_at - interval '4 hours' - make_interval(mins => $4)
        AND NOT (b.starts_at < c.ends_at AND b.ends_at > c.starts_at)
        AND ($5::uuid IS NULL OR b.id <> $5)
      ORDER BY c.ord, b.starts_at
      LIMIT 1`,
    [zoneId, starts, ends, buffer, exclude],
  );
  return rows[0] ?? null;
}
