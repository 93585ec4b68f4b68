import type { EntityManager } from "typeorm";
import { badUserInput, checkInScope, notFound, reachOf, requireId, type Role, type SubgraphContext } from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { Community } from "./community.entity.js";

/**
 * The community a new top-level row (a grid, a person without a neighbourhood) belongs to: the one named,
 * else the only community the viewer acts in with `roles`; COMMUNITY_REQUIRED when that leaves a choice.
 * Refused with OUT_OF_SCOPE unless the viewer may write there.
 */
export async function communityOfNewRow(
  ctx: SubgraphContext,
  manager: EntityManager,
  roles: readonly Role[],
  named: string | null | undefined,
): Promise<string> {
  let communityId = named ? requireId("Community", named) : null;
  if (!communityId) {
    const reach = await reachOf(ctx, roles, "write");
    const only = reach.global ? [] : [...new Set(reach.communityIds)];
    if (only.length !== 1) {
      throw badUserInput("COMMUNITY_REQUIRED", refusalMessage("COMMUNITY_REQUIRED", "name the community (communityId)"), {
        field: "communityId",
      });
    }
    communityId = only[0];
  }
  const community = await manager.findOne(Community, { where: { id: communityId }, lock: { mode: "pessimistic_read" } });
  if (!community) throw notFound("Community", communityId);
  await checkInScope(ctx, roles, { communityId }, "write");
  return communityId;
}
