import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { formatClockTime, parseClockTime } from "../domain/local-time.js";
import { ZoneOpeningHours } from "./opening-hours.entity.js";
import { Zone } from "./zone.entity.js";
import { openingHoursByZone, zoneById } from "./zone.loader.js";

@Resolver(() => Zone)
export class ZoneResolver {
  @Query(() => [Zone], { description: "The station's zones in their display order." })
  zones(@Ctx() ctx: SubgraphContext): Promise<Zone[]> {
    return ctx.db.manager.find(Zone, { order: { position: "ASC", name: "ASC" } });
  }

  @Query(() => Zone, { nullable: true })
  zone(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(id);
  }

  @FieldResolver(() => [ZoneOpeningHours])
  openingHours(@Root() zone: Zone, @Ctx() ctx: SubgraphContext): Promise<ZoneOpeningHours[]> {
    return openingHoursByZone(ctx).load(zone.id);
  }
}

/** Postgres returns `time` as "HH:mm:ss"; the contract wants "HH:mm". */
const hhmm = (time: string) => formatClockTime(parseClockTime(time) ?? 0);

@Resolver(() => ZoneOpeningHours)
export class OpeningHoursResolver {
  @FieldResolver(() => String, { description: "Local time HH:mm" })
  opens(@Root() hours: ZoneOpeningHours): string {
    return hhmm(hours.opens);
  }

  @FieldResolver(() => String, { description: "Local time HH:mm" })
  closes(@Root() hours: ZoneOpeningHours): string {
    return hhmm(hours.closes);
  }
}

export const zoneReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => zoneById(ctx).load(reference.id),
};
