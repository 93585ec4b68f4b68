import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { listedInRanking } from "../access.js";
import { teamColumnsSql, teamFromRow, type TeamSqlRow } from "../team/team.sql.js";
import { volunteerColumnsSql, volunteerFromRow, type VolunteerSqlRow } from "../volunteer/volunteer.sql.js";
import { summaryColumnsSql, summaryFromRow, type SummaryRow } from "./service-time.sql.js";
import type { TeamServiceTime, VolunteerServiceTime } from "./service-time.type.js";

/** Teams by service minutes over [from, to), every team listed (zero when idle): one statement. */
export async function teamServiceRanking(ctx: SubgraphContext, from: Date, to: Date, first: number): Promise<TeamServiceTime[]> {
  const rows: Array<SummaryRow & TeamSqlRow & { rank: number }> = await ctx.db.query(
    `SELECT rank() OVER (ORDER BY COALESCE(a."minutes", 0) DESC)::int AS "rank",
              ${teamColumnsSql("t")},
              a."minutes", a."signups", a."attended", a."no_shows", a."volunteers"
       FROM "volunteer_team" t
       LEFT JOIN (
         SELECT sh."team_id", ${summaryColumnsSql("$4")}
         FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
         WHERE s."starts_at" >= $1 AND s."starts_at" < $2
         GROUP BY sh."team_id"
       ) a ON a."team_id" = t."id"
       ORDER BY COALESCE(a."minutes", 0) DESC, t."name", t."id"
       LIMIT $3`,
    [from, to, first, ctx.clock.now()],
  );
  return rows.map((row) => ({
    rank: row.rank,
    team: teamFromRow(row),
    summary: summaryFromRow(row, from, to),
  }));
}

/**
 * Volunteers with sign-ups in [from, to) by service minutes, optionally within one team: one statement.
 * A team id that is not an id names no team: nobody is ranked.
 */
export async function volunteerServiceRanking(
  ctx: SubgraphContext,
  from: Date,
  to: Date,
  teamId: string | null,
  first: number,
): Promise<VolunteerServiceTime[]> {
  if (teamId !== null && !isUuid(teamId)) return [];
  const rows: Array<SummaryRow & VolunteerSqlRow & { rank: number }> = await ctx.db.query(
    `SELECT rank() OVER (ORDER BY a."minutes" DESC)::int AS "rank", ${volunteerColumnsSql("v")},
            a."minutes", a."signups", a."attended", a."no_shows", a."volunteers"
     FROM (
       SELECT s."volunteer_id", ${summaryColumnsSql("$5")}
       FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
       WHERE s."starts_at" >= $1 AND s."starts_at" < $2 AND ($4::uuid IS NULL OR sh."team_id" = $4::uuid)
       GROUP BY s."volunteer_id"
     ) a JOIN "volunteer" v ON v."id" = a."volunteer_id"
     ORDER BY a."minutes" DESC, a."attended" DESC, v."id"
     LIMIT $3`,
    [from, to, first, teamId, ctx.clock.now()],
  );
  return rows.map((row) => ({
    rank: row.rank,
    volunteer: listedInRanking(volunteerFromRow(row)),
    summary: summaryFromRow(row, from, to),
  }));
}
