import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { ZoneClosure } from "./closure.entity.js";
import { closeZone, listClosures, reopenZone } from "./closure.service.js";

@Resolver(() => ZoneClosure)
export class ClosureResolver {
  @Query(() => [ZoneClosure], {
    description: "Closures in effect during the window, of one zone, one community's zones or all, earliest first.",
  })
  zoneClosures(
    @Arg("from") from: Date,
    @Arg("to") to: Date,
    @Ctx() ctx: SubgraphContext,
    @Arg("zoneId", () => ID, { nullable: true }) zoneId?: string,
    @Arg("communityId", () => ID, { nullable: true }) communityId?: string,
  ): Promise<ZoneClosure[]> {
    return listClosures(ctx, from, to, zoneId, communityId);
  }

  @FieldResolver(() => Zone)
  zone(@Root() closure: ZoneClosure, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(closure.zoneId);
  }

  @Authorized(...ACCESS.closeZone)
  @Mutation(() => Zone, { description: "Refused with CONFLICT, listing them, while active bookings overlap the closure." })
  closeZone(
    @Arg("zoneId", () => ID) zoneId: string,
    @Arg("from") from: Date,
    @Arg("to") to: Date,
    @Arg("reason") reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Zone> {
    return closeZone(ctx, zoneId, from, to, reason);
  }

  @Authorized(...ACCESS.reopenZone)
  @Mutation(() => ZoneClosure, { description: "Ends a closure now; one that has not started yet is cancelled." })
  reopenZone(@Arg("closureId", () => ID) closureId: string, @Ctx() ctx: SubgraphContext): Promise<ZoneClosure> {
    return reopenZone(ctx, closureId);
  }
}
