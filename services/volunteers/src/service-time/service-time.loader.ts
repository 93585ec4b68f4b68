import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { COMMUNITY_TIME_ZONE } from "@dongting/domain/local-time";
import { summaryColumnsSql, summaryFromRow, type SummaryRow } from "./service-time.sql.js";
import type { MemberCountByMonth, ServiceTimeSummary } from "./service-time.type.js";

const windowKey = (from: Date, to: Date) => `${from.toISOString()}:${to.toISOString()}`;

/** Per team, over its shifts starting in [from, to): one grouped statement per batch. */
export const serviceTimeByTeam = (ctx: SubgraphContext, from: Date, to: Date) =>
  ctx.loaders.get<string, ServiceTimeSummary>(`serviceTimeByTeam:${windowKey(from, to)}`, async (teamIds) => {
    const ids = teamIds.filter(isUuid);
    const rows: Array<SummaryRow & { team_id: string }> = ids.length
      ? await ctx.db.query(
          `SELECT sh."team_id", ${summaryColumnsSql("$4")}
           FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
           WHERE sh."team_id" = ANY($1::uuid[]) AND s."starts_at" >= $2 AND s."starts_at" < $3
           GROUP BY sh."team_id"`,
          [ids, from, to, ctx.clock.now()],
        )
      : [];
    const byTeam = new Map(rows.map((row) => [row.team_id, row]));
    return teamIds.map((id) => summaryFromRow(byTeam.get(id), from, to));
  });

/** Per volunteer, over the shifts he signed up for starting in [from, to): one statement per batch. */
export const serviceTimeByVolunteer = (ctx: SubgraphContext, from: Date, to: Date) =>
  ctx.loaders.get<string, ServiceTimeSummary>(`serviceTimeByVolunteer:${windowKey(from, to)}`, async (volunteerIds) => {
    const ids = volunteerIds.filter(isUuid);
    const rows: Array<SummaryRow & { volunteer_id: string }> = ids.length
      ? await ctx.db.query(
          `SELECT s."volunteer_id", ${summaryColumnsSql("$4")}
           FROM "shift_signup" s
           WHERE s."volunteer_id" = ANY($1::uuid[]) AND s."starts_at" >= $2 AND s."starts_at" < $3
           GROUP BY s."volunteer_id"`,
          [ids, from, to, ctx.clock.now()],
        )
      : [];
    const byVolunteer = new Map(rows.map((row) => [row.volunteer_id, row]));
    return volunteerIds.map((id) => summaryFromRow(byVolunteer.get(id), from, to));
  });

/**
 * Month by month in the community's time zone: members at the month's end, joins and departures, per team,
 * from `from` (default: the team's first member) to `to` (default: the context clock's now). One
 * statement per batch; the months are cut in SQL with the zone passed in, not a fixed offset.
 */
export const memberHistoryByTeam = (ctx: SubgraphContext, from: Date | null, to: Date | null) =>
  ctx.loaders.get<string, MemberCountByMonth[]>(
    `memberHistory:${from?.toISOString() ?? ""}:${to?.toISOString() ?? ""}`,
    async (teamIds) => {
      const ids = teamIds.filter(isUuid);
      const rows: Array<{ team_id: string; month: string; members: number; joined: number; left: number }> = ids.length
        ? await ctx.db.query(
            `SELECT t."team_id", to_char(g."month_start", 'YYYY-MM') AS "month",
                    (count(m."id") FILTER (WHERE m."left_at" IS NULL OR m."left_at" >= g."month_end"))::int AS "members",
                    (count(m."id") FILTER (WHERE m."joined_at" >= g."month_begin"))::int AS "joined",
                    (count(m."id") FILTER (WHERE m."left_at" >= g."month_begin" AND m."left_at" < g."month_end"))::int AS "left"
             FROM unnest($1::uuid[]) AS t("team_id")
             CROSS JOIN LATERAL (
               SELECT COALESCE($2::timestamptz, (SELECT min("joined_at") FROM "team_membership" WHERE "team_id" = t."team_id"), $4::timestamptz) AS "from_at"
             ) f
             CROSS JOIN LATERAL (
               SELECT "month_start",
                      "month_start" AT TIME ZONE $5::text AS "month_begin",
                      ("month_start" + interval '1 month') AT TIME ZONE $5::text AS "month_end"
               FROM generate_series(
                 date_trunc('month', f."from_at" AT TIME ZONE $5::text),
                 date_trunc('month', COALESCE($3::timestamptz, $4::timestamptz) AT TIME ZONE $5::text),
                 interval '1 month'
               ) AS "month_start"
             ) g
             LEFT JOIN "team_membership" m ON m."team_id" = t."team_id" AND m."joined_at" < g."month_end"
             GROUP BY t."team_id", g."month_start"
             ORDER BY t."team_id", g."month_start"`,
            [ids, from, to, ctx.clock.now(), COMMUNITY_TIME_ZONE],
          )
        : [];
      const byTeam = new Map<string, MemberCountByMonth[]>();
      for (const row of rows) {
        const list = byTeam.get(row.team_id) ?? [];
        list.push({ month: row.month, members: row.members, joined: row.joined, left: row.left });
        byTeam.set(row.team_id, list);
      }
      return teamIds.map((id) => byTeam.get(id) ?? []);
    },
  );
