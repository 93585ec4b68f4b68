import { groupByKey, isUuid, pageOf, type ConnectionShape, type KeysetPosition, type SubgraphContext } from "@dongting/subgraph-kit";
import type { ShiftSignup } from "./shift-signup.entity.js";
import { SIGNUP_COLUMNS_SQL, SIGNUP_MINUTES_SQL, signupFromRow, signupNoShowSql, type SignupRow } from "./signup.sql.js";

/** Sign-ups of each shift in the order they came: one statement per batch of shifts. */
export const signupsByShift = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, ShiftSignup[]>("signupsByShift", async (shiftIds) => {
    const ids = shiftIds.filter(isUuid);
    const rows: SignupRow[] = ids.length
      ? await ctx.db.query(
          `SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s WHERE s."shift_id" = ANY($1::uuid[]) ORDER BY s."signed_up_at", s."id"`,
          [ids],
        )
      : [];
    return groupByKey(shiftIds, rows, (row) => row.shift_id).map((group) => group.map(signupFromRow));
  });

interface VolunteerTotals {
  minutes: number;
  noShows: number;
}

/** All-time service minutes and no-shows (by the context clock) per volunteer, summed in SQL: one statement per batch. */
export const totalsByVolunteer = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, VolunteerTotals>("totalsByVolunteer", async (volunteerIds) => {
    const ids = volunteerIds.filter(isUuid);
    const rows: Array<{ volunteer_id: string; minutes: number; no_shows: number }> = ids.length
      ? await ctx.db.query(
          `SELECT s."volunteer_id", COALESCE(sum(${SIGNUP_MINUTES_SQL}), 0)::int AS "minutes",
                  count(*) FILTER (WHERE ${signupNoShowSql("$2")})::int AS "no_shows"
           FROM "shift_signup" s WHERE s."volunteer_id" = ANY($1::uuid[]) GROUP BY s."volunteer_id"`,
          [ids, ctx.clock.now()],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.volunteer_id, { minutes: row.minutes, noShows: row.no_shows }]));
    return volunteerIds.map((id) => byId.get(id) ?? { minutes: 0, noShows: 0 });
  });

/** A volunteer's sign-ups for shifts starting in [from, to), earliest first. */
export const signupsByVolunteer = (ctx: SubgraphContext, from: Date, to: Date) =>
  ctx.loaders.get<string, ShiftSignup[]>(`signupsByVolunteer:${from.toISOString()}:${to.toISOString()}`, async (volunteerIds) => {
    const ids = volunteerIds.filter(isUuid);
    const rows: SignupRow[] = ids.length
      ? await ctx.db.query(
          `SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s
           WHERE s."volunteer_id" = ANY($1::uuid[]) AND s."starts_at" >= $2 AND s."starts_at" < $3
           ORDER BY s."starts_at", s."id"`,
          [ids, from, to],
        )
      : [];
    return groupByKey(volunteerIds, rows, (row) => row.volunteer_id).map((group) => group.map(signupFromRow));
  });

/**
 * One page of each volunteer's shift history, newest first, with the total: one statement per batch
 * (a lateral subquery per volunteer keeps the page limit per volunteer).
 */
export const shiftHistoryByVolunteer = (ctx: SubgraphContext, first: number, after: KeysetPosition | null) =>
  ctx.loaders.get<string, ConnectionShape<ShiftSignup>>(
    `shiftHistory:${first}:${after ? `${after.sortKey}:${after.id}` : ""}`,
    async (volunteerIds) => {
      const ids = volunteerIds.filter(isUuid);
      const cursor = after ? `AND (s."starts_at", s."id") < ($3::timestamptz, $4::uuid)` : "";
      const params: unknown[] = [ids, first + 1, ...(after ? [after.sortKey, after.id] : [])];
      const rows: Array<SignupRow & { owner: string; total: number }> = ids.length
        ? await ctx.db.query(
            `SELECT v."owner", c."total", p.*
             FROM unnest($1::uuid[]) AS v("owner")
             CROSS JOIN LATERAL (SELECT count(*)::int AS "total" FROM "shift_signup" WHERE "volunteer_id" = v."owner") c
             LEFT JOIN LATERAL (
               SELECT ${SIGNUP_COLUMNS_SQL} FROM "shift_signup" s
               WHERE s."volunteer_id" = v."owner" ${cursor}
               ORDER BY s."starts_at" DESC, s."id" DESC LIMIT $2
             ) p ON true`,
            params,
          )
        : [];
      return groupByKey(volunteerIds, rows, (row) => row.owner).map((group) => {
        const signups = group.filter((row) => row.id !== null).map(signupFromRow);
        return { ...pageOf(signups, first, (signup) => signup.startsAt.toISOString()), totalCount: group[0]?.total ?? 0 };
      });
    },
  );
