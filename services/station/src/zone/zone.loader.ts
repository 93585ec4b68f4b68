import { In } from "typeorm";
import { entityByIdLoader, groupByKey, type SubgraphContext } from "@dongting/subgraph-kit";
import { ZoneOpeningHours } from "./opening-hours.entity.js";
import { Zone } from "./zone.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const zoneById = (ctx: SubgraphContext): RequestLoader<string, Zone | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Zone, "zone");

export const openingHoursByZone = (ctx: SubgraphContext): RequestLoader<string, ZoneOpeningHours[]> =>
  ctx.loaders.get<string, ZoneOpeningHours[]>("openingHoursByZone", async (zoneIds) => {
    const rows = await ctx.db.manager.find(ZoneOpeningHours, {
      where: { zoneId: In([...zoneIds]) },
      order: { weekday: "ASC", opens: "ASC" },
    });
    return groupByKey(zoneIds, rows, (row) => row.zoneId);
  });
