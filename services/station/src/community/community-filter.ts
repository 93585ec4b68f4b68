import { communitiesToList, isUuid, reachOf, type Role, type SubgraphContext } from "@dongting/subgraph-kit";

/** A community id that names no row: a malformed filter, or a community out of reach, matches nothing. */
export const NO_COMMUNITY = "00000000-0000-0000-0000-000000000000";

/** The community a list is asked for, as a uuid SQL can take (a malformed one matches nothing). */
export const asCommunityFilter = (communityId: string | null | undefined): string | null =>
  communityId ? (isUuid(communityId) ? communityId : NO_COMMUNITY) : null;

/**
 * The communities a list that is not public looks in: those where the viewer holds one of `roles` (read
 * reach: street staff read their street), narrowed to `communityId` when asked; "all" for a GLOBAL reach.
 */
export async function listedCommunities(
  ctx: SubgraphContext,
  roles: readonly Role[],
  communityId: string | null | undefined,
): Promise<string[] | "all"> {
  return communitiesToList(await reachOf(ctx, roles, "read"), asCommunityFilter(communityId));
}
