import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import type { RequestLoader } from "@dongting/subgraph-kit";

/**
 * The ids of each viewer's own leaders, in one statement per batch (a request has one viewer, so one
 * statement per request): the 网格长 of the grid they live in, the 邻里长 of their neighbourhood, the 楼栋长
 * of the buildings of their neighbourhood (the register knows a resident's neighbourhood, not their
 * building: a neighbourhood has one to three buildings) and the secretary of the party unit they belong to.
 */
export const ownLeadersOf = (ctx: SubgraphContext): RequestLoader<string | null, Set<string>> =>
  ctx.loaders.get<string | null, Set<string>>("ownLeaders", async (viewerIds) => {
    const valid = viewerIds.filter((id): id is string => typeof id === "string" && isUuid(id));
    const rows: Array<{ viewer_id: string; leader_id: string }> = valid.length
      ? await ctx.db.query(
          `SELECT v."id" AS "viewer_id", l."leader_id"
           FROM unnest($1::uuid[]) AS v("id")
           CROSS JOIN LATERAL (
             SELECT g."leader_id" FROM "person" p
               JOIN "neighbourhood" n ON n."id" = p."neighbourhood_id" JOIN "grid" g ON g."id" = n."grid_id" WHERE p."id" = v."id"
             UNION SELECT n."leader_id" FROM "person" p JOIN "neighbourhood" n ON n."id" = p."neighbourhood_id" WHERE p."id" = v."id"
             UNION SELECT b."leader_id" FROM "person" p JOIN "building" b ON b."neighbourhood_id" = p."neighbourhood_id" WHERE p."id" = v."id"
             UNION SELECT u."secretary_id" FROM "party_membership" m JOIN "org_unit" u ON u."id" = m."org_unit_id" WHERE m."person_id" = v."id"
           ) AS l("leader_id")
           WHERE l."leader_id" IS NOT NULL`,
          [valid],
        )
      : [];
    return viewerIds.map((viewerId) => new Set(rows.filter((row) => row.viewer_id === viewerId).map((row) => row.leader_id)));
  });
