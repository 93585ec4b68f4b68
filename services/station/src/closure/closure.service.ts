import {
  badUserInput,
  checkTimeWindow,
  conflict,
  isUuid,
  notFound,
  recordHistories,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { CLOSURE_REASON_MAX_LENGTH, MAX_CLOSURE_DAYS, MAX_CLOSURE_WINDOW_DAYS } from "@dongting/domain/station";
import { requireStaffIn, staffReach } from "../access.js";
import { sweepUnattended } from "../booking/no-show-sweep.service.js";
import { asCommunityFilter } from "../community/community-filter.js";
import { describePeriod } from "../domain/booking-rules.js";
import { Zone } from "../zone/zone.entity.js";
import { ZoneClosure } from "./closure.entity.js";

const LISTED_BOOKINGS = 20;

interface OverlappingBooking {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  total: number;
}

/** Closures in effect during the window, of one zone, one community's zones or all, earliest first (a public notice). */
export function listClosures(ctx: SubgraphContext, from: Date, to: Date, zoneId?: string, communityId?: string): Promise<ZoneClosure[]> {
  checkTimeWindow(from, to, MAX_CLOSURE_WINDOW_DAYS);
  if (zoneId && !isUuid(zoneId)) return Promise.resolve([]);
  const query = ctx.db.manager
    .createQueryBuilder(ZoneClosure, "c")
    .where("c.starts_at < :to AND c.ends_at > :from AND c.starts_at < c.ends_at", { from, to });
  if (zoneId) query.andWhere("c.zone_id = :zoneId", { zoneId });
  if (communityId) {
    query.innerJoin(Zone, "z", "z.id = c.zone_id AND z.community_id = :communityId", { communityId: asCommunityFilter(communityId) });
  }
  return query.orderBy("c.starts_at", "ASC").addOrderBy("c.id", "ASC").getMany();
}

function overlapConflict(zone: Zone, overlapping: readonly OverlappingBooking[]) {
  const bookings = overlapping.map((b) => ({
    id: b.id,
    title: b.title,
    startsAt: new Date(b.starts_at).toISOString(),
    endsAt: new Date(b.ends_at).toISOString(),
    status: b.status,
  }));
  const listed = overlapping
    .map((b) => `「${b.title}」${describePeriod({ startsAt: new Date(b.starts_at), endsAt: new Date(b.ends_at) })}`)
    .join("；");
  const total = overlapping[0].total;
  return conflict(
    "CLOSURE_OVERLAPS_BOOKINGS",
    `${zone.name}在此期间有${total}个有效预约，请先处理：${listed} (active bookings overlap the closure)`,
    { bookings, total },
  );
}

export async function closeZone(ctx: SubgraphContext, zoneId: string, from: Date, to: Date, reason: string): Promise<Zone> {
  const now = ctx.clock.now();
  const text = requiredText("reason", reason, CLOSURE_REASON_MAX_LENGTH);
  checkTimeWindow(from, to, MAX_CLOSURE_DAYS);
  if (to.getTime() <= now.getTime()) throw badUserInput("CLOSURE_IN_PAST", reasonMessage(STATION_REASONS.CLOSURE_IN_PAST), { field: "to" });
  requireId("Zone", zoneId);
  const reach = await staffReach(ctx, "write");

  return ctx.db.transaction(async (manager) => {
    // FOR UPDATE waits for bookings in flight (they hold FOR SHARE) and keeps new ones out until we commit.
    const zone = await manager.findOne(Zone, { where: { id: zoneId }, lock: { mode: "pessimistic_write" } });
    if (!zone) throw notFound("Zone", zoneId);
    requireStaffIn(reach, zone.communityId);
    await sweepUnattended(manager, now, zone.id, ctx.viewer.personId);
    const overlapping: OverlappingBooking[] = await manager.query(
      `SELECT id, title, starts_at, ends_at, status, count(*) OVER ()::int AS total FROM booking
        WHERE zone_id = $1 AND status IN ('PENDING','CONFIRMED','CHECKED_IN') AND starts_at < $3 AND ends_at > $2
        ORDER BY starts_at LIMIT ${LISTED_BOOKINGS}`,
      [zone.id, from, to],
    );
    if (overlapping.length > 0) throw overlapConflict(zone, overlapping);
    const closure = manager.create(ZoneClosure, {
      zoneId: zone.id,
      startsAt: from,
      endsAt: to,
      reason: text,
      reopenedAt: null,
      createdBy: ctx.viewer.personId,
    });
    await manager.insert(ZoneClosure, closure);
    await recordHistories(manager, ctx.viewer.personId, [
      {
        subjectType: "Zone",
        subjectId: zone.id,
        action: "CLOSED",
        detail: { closureId: closure.id, from: from.toISOString(), to: to.toISOString(), reason: text },
      },
    ]);
    return zone;
  });
}

/** Ends a closure now (or voids it when it has not started yet). */
export async function reopenZone(ctx: SubgraphContext, closureId: string): Promise<ZoneClosure> {
  requireId("ZoneClosure", closureId);
  const now = ctx.clock.now();
  const reach = await staffReach(ctx, "write");
  return ctx.db.transaction(async (manager) => {
    const closure = await manager.findOne(ZoneClosure, { where: { id: closureId }, lock: { mode: "pessimistic_write" } });
    if (!closure) throw notFound("ZoneClosure", closureId);
    const zone = await manager.findOneOrFail(Zone, { where: { id: closure.zoneId } });
    requireStaffIn(reach, zone.communityId);
    if (closure.endsAt.getTime() <= now.getTime() || closure.startsAt.getTime() >= closure.endsAt.getTime()) {
      throw conflict("CLOSURE_NOT_IN_EFFECT", reasonMessage(STATION_REASONS.CLOSURE_NOT_IN_EFFECT), {
        endsAt: closure.endsAt.toISOString(),
      });
    }
    const endsAt = closure.startsAt.getTime() > now.getTime() ? closure.startsAt : now;
    await manager.update(ZoneClosure, { id: closure.id }, { endsAt, reopenedAt: now });
    await recordHistories(manager, ctx.viewer.personId, [
      {
        subjectType: "Zone",
        subjectId: closure.zoneId,
        action: "REOPENED",
        detail: { closureId: closure.id, plannedEnd: closure.endsAt.toISOString() },
      },
    ]);
    return Object.assign(closure, { endsAt, reopenedAt: now });
  });
}
