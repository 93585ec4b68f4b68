import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { zoneUtilisation } from "./utilisation.service.js";
import { ZoneUtilisation } from "./utilisation.type.js";

@Resolver(() => ZoneUtilisation)
export class UtilisationResolver {
  @Query(() => [ZoneUtilisation], {
    description: "Open and booked minutes of every zone in the window (at most 366 days), computed in SQL.",
  })
  zoneUtilisation(@Arg("from") from: Date, @Arg("to") to: Date, @Ctx() ctx: SubgraphContext): Promise<ZoneUtilisation[]> {
    return zoneUtilisation(ctx, from, to);
  }
}
