import {
  badUserInput,
  conflict,
  isViolation,
  notFound,
  PG_ERROR,
  recordHistories,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { formatClockTime } from "@dongting/domain/local-time";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { checkZoneSettings, parseOpeningHours, type ZoneSettingsProblem } from "@dongting/domain/station-settings";
import { requireStaffIn, staffReach } from "../access.js";
import { ZoneOpeningHours } from "./opening-hours.entity.js";
import { Zone } from "./zone.entity.js";
import { zoneById } from "./zone.loader.js";
import type { ZoneSettingsInput } from "./zone-settings.input.js";

const SETTINGS = [
  "capacity",
  "exclusive",
  "requiresApproval",
  "minMinutes",
  "maxMinutes",
  "bufferMinutes",
  "minNoticeHours",
  "maxDaysAhead",
] as const;

const refuse = (problem: ZoneSettingsProblem) =>
  badUserInput(problem.reason, reasonMessage(STATION_REASONS[problem.reason]), { field: problem.field });

/**
 * Station staff of the zone's community change its capacity, exclusivity, approval, opening hours and booking
 * limits. The zone row is held FOR UPDATE: bookings hold it FOR SHARE, so none is checked against half-changed
 * settings. Existing bookings stay; new ones and moves follow the new rules.
 */
export async function updateZone(ctx: SubgraphContext, id: string, input: ZoneSettingsInput): Promise<Zone> {
  requireId("Zone", id);
  const reach = await staffReach(ctx, "write");
  const now = ctx.clock.now();
  const hours = input.openingHours ? parseOpeningHours(input.openingHours) : null;
  if (hours && "reason" in hours) throw refuse(hours);
  try {
    return await ctx.db.transaction(async (manager) => {
      const zone = await manager.findOne(Zone, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!zone) throw notFound("Zone", id);
      requireStaffIn(reach, zone.communityId);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of SETTINGS) {
        const value = input[key];
        if (value === null || value === undefined || value === zone[key]) continue;
        before[key] = zone[key];
        after[key] = value;
      }
      const next = Object.assign(new Zone(), zone, after);
      const problem = checkZoneSettings(next);
      if (problem) throw refuse(problem);
      if (Object.keys(after).length > 0) await manager.update(Zone, { id }, after);
      if ("exclusive" in after) {
        // The exclusion constraint reads each booking's copy of the flag: bookings still to come follow the
        // zone (becoming exclusive fails on booking_no_overlap when some overlap); past ones keep theirs.
        await manager.query(
          `UPDATE booking SET zone_exclusive = $2 WHERE zone_id = $1 AND ends_at > $3 AND status IN ('PENDING','CONFIRMED','CHECKED_IN')`,
          [id, next.exclusive, now],
        );
      }
      if (hours) {
        const old = await manager.find(ZoneOpeningHours, { where: { zoneId: id }, order: { weekday: "ASC", opens: "ASC" } });
        before.openingHours = old.map((row) => `${row.weekday} ${row.opens.slice(0, 5)}-${row.closes.slice(0, 5)}`);
        after.openingHours = hours.map((h) => `${h.weekday} ${formatClockTime(h.opens)}-${formatClockTime(h.closes)}`);
        await manager.delete(ZoneOpeningHours, { zoneId: id });
        if (hours.length > 0) {
          await manager.insert(
            ZoneOpeningHours,
            hours.map((h) => ({ zoneId: id, weekday: h.weekday, opens: formatClockTime(h.opens), closes: formatClockTime(h.closes) })),
          );
        }
      }
      await recordHistories(manager, ctx.viewer.personId, [
        { subjectType: "Zone", subjectId: id, action: "SETTINGS_CHANGED", detail: { before, after } },
      ]);
      zoneById(ctx).prime(id, next);
      return next;
    });
  } catch (error) {
    if (!isViolation(error, PG_ERROR.EXCLUSION_VIOLATION, "booking_no_overlap")) throw error;
    throw conflict("EXCLUSIVE_OVERLAPS_BOOKINGS", reasonMessage(STATION_REASONS.EXCLUSIVE_OVERLAPS_BOOKINGS), { field: "exclusive" });
  }
}
