import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { zoneUtilisation } from "./utilisation.service.js";
import { ZoneUtilisation } from "./utilisation.type.js";

@Resolver(() => ZoneUtilisation)
export class UtilisationResolver {
  @Authorized(...ACCESS.zoneUtilisation)
  @Query(() => [ZoneUtilisation], {
    description:
      "Open and booked minutes of every zone in the window (at most 366 days) of the communities the viewer reads figures of (or of communityId), computed in SQL.",
  })
  zoneUtilisation(
    @Arg("from") from: Date,
    @Arg("to") to: Date,
    @Ctx() ctx: SubgraphContext,
    @Arg("communityId", () => ID, { nullable: true }) communityId?: string,
  ): Promise<ZoneUtilisation[]> {
    return zoneUtilisation(ctx, from, to, communityId);
  }
}
