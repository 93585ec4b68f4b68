import { communityInCopy, gridInCopy, neighbourhoodInCopy, reachOf, type SubgraphContext } from "@dongting/subgraph-kit";
import { refuse } from "../refusal.js";

/** Where a new request belongs, from the geography read copy, with its community's code for the request code. */
export interface NewRequestPlace {
  communityId: string;
  communityCode: string;
  gridId: string | null;
  neighbourhoodId: string | null;
}

export interface PlaceInput {
  communityId?: string | null;
  gridId?: string | null;
  neighbourhoodId?: string | null;
}

/**
 * The request's community is its neighbourhood's (else its grid's), as the copy of organisation's geography
 * says; an explicit community must agree. A place the copy lacks is refused, never guessed (docs/tenancy.md:
 * a stale copy can only lack places, so it can never let a request cross communities). With no place at all,
 * the viewer's only community. Every refusal is BAD_USER_INPUT, before anything is written.
 */
export async function placeOfNewRequest(ctx: SubgraphContext, input: PlaceInput): Promise<NewRequestPlace> {
  const neighbourhood = input.neighbourhoodId ? await neighbourhoodInCopy(ctx.db, input.neighbourhoodId) : null;
  if (input.neighbourhoodId && !neighbourhood) {
    throw refuse("BAD_USER_INPUT", "UNKNOWN_NEIGHBOURHOOD", input.neighbourhoodId, { field: "neighbourhoodId" });
  }
  const grid = input.gridId ? await gridInCopy(ctx.db, input.gridId) : null;
  if (input.gridId && !grid) throw refuse("BAD_USER_INPUT", "UNKNOWN_GRID", input.gridId, { field: "gridId" });
  if (neighbourhood && input.gridId && neighbourhood.gridId !== input.gridId) {
    throw refuse("BAD_USER_INPUT", "NEIGHBOURHOOD_NOT_IN_GRID", undefined, { field: "neighbourhoodId" });
  }
  const placed = neighbourhood?.communityId ?? grid?.communityId ?? null;
  if (input.communityId && placed && placed !== input.communityId) {
    throw neighbourhood
      ? refuse("BAD_USER_INPUT", "NEIGHBOURHOOD_NOT_IN_COMMUNITY", undefined, { field: "neighbourhoodId" })
      : refuse("BAD_USER_INPUT", "GRID_NOT_IN_COMMUNITY", undefined, { field: "gridId" });
  }
  const communityId = placed ?? input.communityId ?? (await onlyCommunityOf(ctx));
  const community = await communityInCopy(ctx.db, communityId);
  if (!community) throw refuse("BAD_USER_INPUT", "UNKNOWN_COMMUNITY", communityId, { field: "communityId" });
  return {
    communityId,
    communityCode: community.code,
    // A neighbourhood lies in one grid: the request is that grid's even when the client did not say so.
    gridId: input.gridId ?? neighbourhood?.gridId ?? null,
    neighbourhoodId: input.neighbourhoodId ?? null,
  };
}

/** The one community the viewer acts in at all (a resident's, a grid leader's); else the client must say. */
async function onlyCommunityOf(ctx: SubgraphContext): Promise<string> {
  const reach = await reachOf(ctx, "any", "read");
  if (!reach.global && reach.touchedCommunityIds.length === 1) return reach.touchedCommunityIds[0];
  throw refuse("BAD_USER_INPUT", "COMMUNITY_REQUIRED", undefined, { field: "communityId" });
}
