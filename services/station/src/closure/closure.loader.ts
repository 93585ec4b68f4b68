import { groupByKey, type SubgraphContext } from "@dongting/subgraph-kit";
import { ZoneClosure } from "./closure.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

/** Closures in effect during a window, for many zones in one statement. */
export const closuresByZone = (ctx: SubgraphContext, from: Date, to: Date): RequestLoader<string, ZoneClosure[]> =>
  ctx.loaders.get<string, ZoneClosure[]>(`closuresByZone:${from.toISOString()}:${to.toISOString()}`, async (zoneIds) => {
    const rows = await ctx.db.manager
      .createQueryBuilder(ZoneClosure, "c")
      .where("c.zone_id IN (:...zoneIds)", { zoneIds })
      .andWhere("c.starts_at < :to AND c.ends_at > :from AND c.starts_at < c.ends_at", { from, to })
      .orderBy("c.starts_at", "ASC")
      .getMany();
    return groupByKey(zoneIds, rows, (row) => row.zoneId);
  });
