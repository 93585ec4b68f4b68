import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";

/**
 * The communities of the teams a volunteer is or was in: where he serves, which decides which staff read
 * his record (the read policy's `place`). One statement per batch, keyed by `key` (volunteer or person).
 */
async function communitiesOf(ctx: SubgraphContext, key: "volunteer" | "person", ids: readonly string[]): Promise<string[][]> {
  const valid = ids.filter(isUuid);
  const keyColumn = key === "volunteer" ? `m."volunteer_id"` : `v."person_id"`;
  const rows: Array<{ key: string; community_id: string }> = valid.length
    ? await ctx.db.query(
        `SELECT DISTINCT ${keyColumn} AS "key", t."community_id"
         FROM "team_membership" m
         JOIN "volunteer_team" t ON t."id" = m."team_id"
         ${key === "person" ? `JOIN "volunteer" v ON v."id" = m."volunteer_id"` : ""}
         WHERE ${keyColumn} = ANY($1::uuid[])`,
        [valid],
      )
    : [];
  return ids.map((id) => rows.filter((row) => row.key === id).map((row) => row.community_id));
}

export const communitiesByVolunteer = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, string[]>("communitiesByVolunteer", (ids) => communitiesOf(ctx, "volunteer", ids));

export const communitiesByPerson = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, string[]>("communitiesByPerson", (ids) => communitiesOf(ctx, "person", ids));
