import { communitiesToList, isUuid, reachOf, type SubgraphContext } from "@dongting/subgraph-kit";
import { listedInRanking, RANKING_READERS } from "../access.js";
import { teamColumnsSql, teamFromRow, type TeamSqlRow } from "../team/team.sql.js";
import { volunteerColumnsSql, volunteerFromRow, type VolunteerSqlRow } from "../volunteer/volunteer.sql.js";
import { summaryColumnsSql, summaryFromRow, type SummaryRow } from "./service-time.sql.js";
import type { TeamServiceTime, VolunteerServiceTime } from "./service-time.type.js";

/**
 * The communities a ranking looks in, as a SQL array parameter (null: all): those of `communityId` and of
 * the viewer's reach with `roles` (the lists are not public); an empty list ranks nothing.
 */
export async function rankedCommunities(
  ctx: SubgraphContext,
  roles: Parameters<typeof reachOf>[1],
  communityId: string | null,
): Promise<string[] | null> {
  if (communityId !== null && !isUuid(communityId)) return [];
  const communities = communitiesToList(await reachOf(ctx, roles), communityId);
  return communities === "all" ? null : communities;
}

/** Teams by service minutes over [from, to), every team of the communities listed (zero when idle): one statement. */
export async function teamServiceRanking(
  ctx: SubgraphContext,
  from: Date,
  to: Date,
  first: number,
  communityId: string | null,
): Promise<TeamServiceTime[]> {
  const communities = await rankedCommunities(ctx, "any", communityId);
  if (communities?.length === 0) return [];
  const rows: Array<SummaryRow & TeamSqlRow & { rank: number }> = await ctx.db.query(
    `SELECT rank() OVER (ORDER BY COALESCE(a."minutes", 0) DESC)::int AS "rank",
              ${teamColumnsSql("t")},
              a."minutes", a."signups", a."attended", a."no_shows", a."penalty_minutes", a."volunteers"
       FROM "volunteer_team" t
       LEFT JOIN (
         SELECT sh."team_id", ${summaryColumnsSql("$4")}
         FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
         WHERE s."starts_at" >= $1 AND s."starts_at" < $2 AND ($5::uuid[] IS NULL OR sh."community_id" = ANY($5::uuid[]))
         GROUP BY sh."team_id"
       ) a ON a."team_id" = t."id"
       WHERE $5::uuid[] IS NULL OR t."community_id" = ANY($5::uuid[])
       ORDER BY COALESCE(a."minutes", 0) DESC, t."name", t."id"
       LIMIT $3`,
    [from, to, first, ctx.clock.now(), communities],
  );
  return rows.map((row) => ({
    rank: row.rank,
    team: teamFromRow(row),
    summary: summaryFromRow(row, from, to),
  }));
}

/**
 * Volunteers with sign-ups in [from, to) by service minutes, optionally within one team: one statement.
 * Only shifts of the communities asked for and in the viewer's reach count. A team id that is not an id
 * names no team: nobody is ranked.
 */
export async function volunteerServiceRanking(
  ctx: SubgraphContext,
  from: Date,
  to: Date,
  teamId: string | null,
  first: number,
  communityId: string | null,
): Promise<VolunteerServiceTime[]> {
  if (teamId !== null && !isUuid(teamId)) return [];
  const communities = await rankedCommunities(ctx, RANKING_READERS, communityId);
  if (communities?.length === 0) return [];
  const rows: Array<SummaryRow & VolunteerSqlRow & { rank: number }> = await ctx.db.query(
    `SELECT rank() OVER (ORDER BY a."minutes" DESC)::int AS "rank", ${volunteerColumnsSql("v")},
            a."minutes", a."signups", a."attended", a."no_shows", a."penalty_minutes", a."volunteers"
     FROM (
       SELECT s."volunteer_id", ${summaryColumnsSql("$5")}
       FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
       WHERE s."starts_at" >= $1 AND s."starts_at" < $2 AND ($4::uuid IS NULL OR sh."team_id" = $4::uuid)
         AND ($6::uuid[] IS NULL OR sh."community_id" = ANY($6::uuid[]))
       GROUP BY s."volunteer_id"
     ) a JOIN "volunteer" v ON v."id" = a."volunteer_id"
     ORDER BY a."minutes" DESC, a."attended" DESC, v."id"
     LIMIT $3`,
    [from, to, first, teamId, ctx.clock.now(), communities],
  );
  return rows.map((row) => ({
    rank: row.rank,
    volunteer: listedInRanking(volunteerFromRow(row)),
    summary: summaryFromRow(row, from, to),
  }));
}
