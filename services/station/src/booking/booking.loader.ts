import { In, LessThan, MoreThan } from "typeorm";
import { entityByIdLoader, groupByKey, type SubgraphContext } from "@dongting/subgraph-kit";
import { Booking } from "./booking.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const bookingById = (ctx: SubgraphContext): RequestLoader<string, Booking | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Booking, "booking");

/** Bookings of many zones overlapping one window, in one statement (the window is part of the loader's name). */
export const bookingsByZone = (ctx: SubgraphContext, from: Date, to: Date): RequestLoader<string, Booking[]> =>
  ctx.loaders.get<string, Booking[]>(`bookingsByZone:${from.toISOString()}:${to.toISOString()}`, async (zoneIds) => {
    const rows = await ctx.db.manager.find(Booking, {
      where: { zoneId: In([...zoneIds]), startsAt: LessThan(to), endsAt: MoreThan(from) },
      order: { startsAt: "ASC", id: "ASC" },
    });
    return groupByKey(zoneIds, rows, (row) => row.zoneId);
  });
