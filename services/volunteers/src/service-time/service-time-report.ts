import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { checkTimeWindow, Connection, isUuid, pageArgs, pageOf, type KeysetPosition, type SubgraphContext } from "@dongting/subgraph-kit";
import { MAX_SUMMARY_WINDOW_DAYS } from "@dongting/domain/volunteers";
import { RANKING_READERS } from "../access.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { teamById } from "../team/team.loader.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { volunteerColumnsSql, volunteerFromRow, type VolunteerSqlRow } from "../volunteer/volunteer.sql.js";
import { rankedCommunities } from "./service-time.service.js";
import { summaryColumnsSql, summaryFromRow, type SummaryRow } from "./service-time.sql.js";
import { ServiceTimeSummary } from "./service-time.type.js";

@ObjectType({ description: "One volunteer's service time in one team over the report's period." })
export class ServiceTimeReportRow {
  // Nullable: where his read rules withhold him (his person, his name) the row stays, without him.
  @Field(() => Volunteer, { nullable: true, description: "Null where the caller may not read who he is; the figures stay." })
  volunteer: Volunteer;

  /** The team's id: with the volunteer's, the row's keyset position (the cursor's sort key and id). */
  id: string;

  @Field(() => ServiceTimeSummary)
  summary: ServiceTimeSummary;
}

@ObjectType()
export class ServiceTimeReportConnection extends Connection(ServiceTimeReportRow, "ServiceTimeReportRow") {}

/**
 * Per volunteer and team, the sign-ups of shifts starting in [from, to) in the caller's communities (those of
 * the rankings' readers): what the hours export (ephios-style) lists. One statement per page.
 */
async function serviceTimeReport(
  ctx: SubgraphContext,
  args: { from: Date; to: Date; teamId: string | null; volunteerId: string | null; first: number; after: KeysetPosition | null },
): Promise<ServiceTimeReportConnection> {
  const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  if ((args.teamId !== null && !isUuid(args.teamId)) || (args.volunteerId !== null && !isUuid(args.volunteerId))) return empty;
  const communities = await rankedCommunities(ctx, RANKING_READERS, null);
  if (communities?.length === 0) return empty;
  const rows: Array<SummaryRow & VolunteerSqlRow & { team_id: string; total: number }> = await ctx.db.query(
    `SELECT * FROM (
       SELECT a."team_id", ${volunteerColumnsSql("v")}, count(*) OVER ()::int AS "total",
              a."minutes", a."signups", a."attended", a."no_shows", a."penalty_minutes", a."volunteers"
       FROM (
         SELECT s."volunteer_id", sh."team_id", ${summaryColumnsSql("$3")}
         FROM "shift_signup" s JOIN "shift" sh ON sh."id" = s."shift_id"
         WHERE s."starts_at" >= $1 AND s."starts_at" < $2
           AND ($4::uuid IS NULL OR sh."team_id" = $4::uuid) AND ($5::uuid IS NULL OR s."volunteer_id" = $5::uuid)
           AND ($6::uuid[] IS NULL OR sh."community_id" = ANY($6::uuid[]))
         GROUP BY s."volunteer_id", sh."team_id"
       ) a JOIN "volunteer" v ON v."id" = a."volunteer_id"
     ) r
     WHERE $7::uuid IS NULL OR (r."id", r."team_id") > ($7::uuid, $8::uuid)
     ORDER BY r."id", r."team_id"
     LIMIT $9`,
    [
      args.from,
      args.to,
      ctx.clock.now(),
      args.teamId,
      args.volunteerId,
      communities,
      args.after?.sortKey ?? null,
      args.after?.id ?? null,
      args.first + 1,
    ],
  );
  const nodes: ServiceTimeReportRow[] = rows.map((row) => ({
    volunteer: volunteerFromRow(row),
    id: row.team_id,
    summary: summaryFromRow(row, args.from, args.to),
  }));
  // The total counts every row of the report, those before `after` too (the window runs before the keyset filter).
  return { ...pageOf(nodes, args.first, (node) => node.volunteer.id), totalCount: rows[0]?.total ?? 0 };
}

@Resolver(() => ServiceTimeReportRow)
export class ServiceTimeReportResolver {
  @Query(() => ServiceTimeReportConnection, {
    description:
      "Service time per volunteer and team over shifts starting in [from, to) (at most 366 days) in the caller's communities; optionally one team or one volunteer. Pages of `first` (at most 100) rows.",
  })
  serviceTimeReport(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("teamId", () => ID, { nullable: true }) teamId: string | null,
    @Arg("volunteerId", () => ID, { nullable: true }) volunteerId: string | null,
    @Arg("first", () => Int, { defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceTimeReportConnection> {
    checkTimeWindow(from, to, MAX_SUMMARY_WINDOW_DAYS);
    const page = pageArgs(first, after, isUuid);
    return serviceTimeReport(ctx, { from, to, teamId: teamId ?? null, volunteerId: volunteerId ?? null, ...page });
  }

  @FieldResolver(() => VolunteerTeam)
  async team(@Root() row: ServiceTimeReportRow, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam> {
    return (await teamById(ctx).load(row.id)) as VolunteerTeam;
  }
}
