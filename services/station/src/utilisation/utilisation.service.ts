import { checkTimeWindow, type SubgraphContext } from "@dongting/subgraph-kit";
import { MAX_UTILISATION_WINDOW_DAYS } from "@dongting/domain/station";
import { ACCESS } from "../access.js";
import { listedCommunities } from "../community/community-filter.js";
import type { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { UTILISATION_SQL, type UtilisationRow } from "./utilisation.sql.js";
import type { ZoneUtilisation } from "./utilisation.type.js";

/** booked / open, to four decimals; null when the zone was never open. */
const rateOf = (row: UtilisationRow) =>
  row.open_minutes > 0 ? Math.round((row.booked_minutes / row.open_minutes) * 10_000) / 10_000 : null;

/**
 * Open and booked minutes of every zone in the window, of the communities the viewer reads figures of (and of
 * `communityId`): one statement for the figures, one for the zones.
 */
export async function zoneUtilisation(ctx: SubgraphContext, from: Date, to: Date, communityId?: string): Promise<ZoneUtilisation[]> {
  checkTimeWindow(from, to, MAX_UTILISATION_WINDOW_DAYS);
  const communities = await listedCommunities(ctx, ACCESS.zoneUtilisation, communityId);
  const rows: UtilisationRow[] = await ctx.db.query(UTILISATION_SQL, [from, to, communities === "all" ? null : communities]);
  const zones = await zoneById(ctx).loadMany(rows.map((row) => row.zone_id));
  return rows.map((row, i) => ({
    zone: zones[i] as Zone,
    openMinutes: row.open_minutes,
    bookedMinutes: row.booked_minutes,
    rate: rateOf(row),
  }));
}
