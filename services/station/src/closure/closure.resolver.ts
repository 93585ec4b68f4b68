import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { checkWindow } from "../window.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { ZoneClosure } from "./closure.entity.js";
import { closeZone, reopenZone } from "./closure.service.js";

@Resolver(() => ZoneClosure)
export class ClosureResolver {
  @Query(() => [ZoneClosure], { description: "Closures in effect during the window, of one zone or all, earliest first." })
  zoneClosures(
    @Arg("from") from: Date,
    @Arg("to") to: Date,
    @Ctx() ctx: SubgraphContext,
    @Arg("zoneId", () => ID, { nullable: true }) zoneId?: string,
  ): Promise<ZoneClosure[]> {
    checkWindow(from, to, 366);
    const query = ctx.db.manager
      .createQueryBuilder(ZoneClosure, "c")
      .where("c.starts_at < :to AND c.ends_at > :from AND c.starts_at < c.ends_at", { from, to });
    if (zoneId && !isUuid(zoneId)) return Promise.resolve([]);
    if (zoneId) query.andWhere("c.zone_id = :zoneId", { zoneId });
    return query.orderBy("c.starts_at", "ASC").addOrderBy("c.id", "ASC").getMany();
  }

  @FieldResolver(() => Zone)
  zone(@Root() closure: ZoneClosure, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(closure.zoneId);
  }

  @Authorized("STATION_STAFF")
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

  @Authorized("STATION_STAFF")
  @Mutation(() => ZoneClosure, { description: "Ends a closure now; one that has not started yet is cancelled." })
  reopenZone(@Arg("closureId", () => ID) closureId: string, @Ctx() ctx: SubgraphContext): Promise<ZoneClosure> {
    return reopenZone(ctx, closureId);
  }
}
