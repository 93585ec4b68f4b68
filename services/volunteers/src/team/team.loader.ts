import { entityByIdLoader, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { VolunteerTeam } from "./team.entity.js";

export const teamById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, VolunteerTeam, "volunteerTeam");

/** Active members per team: one grouped COUNT for the whole batch. */
export const memberCountByTeam = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, number>("memberCountByTeam", async (teamIds) => {
    const ids = teamIds.filter(isUuid);
    const rows: Array<{ team_id: string; n: number }> = ids.length
      ? await ctx.db.query(
          `SELECT "team_id", count(*)::int AS "n" FROM "team_membership"
           WHERE "left_at" IS NULL AND "team_id" = ANY($1::uuid[]) GROUP BY "team_id"`,
          [ids],
        )
      : [];
    const counts = new Map(rows.map((row) => [row.team_id, row.n]));
    return teamIds.map((id) => counts.get(id) ?? 0);
  });
