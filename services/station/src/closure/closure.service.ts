import { badUserInput, conflict, notFound, requiredText, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { sweepUnattended } from "../booking/booking.service.js";
import { clockOf } from "../clock.js";
import { describePeriod } from "../domain/booking-rules.js";
import { DAY_MINUTES, minutesBetween } from "../domain/local-time.js";
import { recordHistories } from "../history.js";
import { Zone } from "../zone/zone.entity.js";
import { ZoneClosure } from "./closure.entity.js";

export const MAX_CLOSURE_DAYS = 366;
const LISTED_BOOKINGS = 20;

export async function closeZone(ctx: SubgraphContext, zoneId: string, from: Date, to: Date, reason: string): Promise<Zone> {
  const now = clockOf(ctx.db).now();
  const text = requiredText("reason", reason, 200);
  if (from.getTime() >= to.getTime()) throw badUserInput("to must be after from", { field: "to" });
  if (to.getTime() <= now.getTime()) throw badUserInput("不能关闭已经过去的时间 (the closure is already over)", { field: "to" });
  if (minutesBetween(from, to) > MAX_CLOSURE_DAYS * DAY_MINUTES)
    throw badUserInput(`a closure lasts at most ${MAX_CLOSURE_DAYS} days`, { field: "to" });
  requireId("Zone", zoneId);

  return ctx.db.transaction(async (manager) => {
    // FOR UPDATE waits for bookings in flight (they hold FOR SHARE) and keeps new ones out until we commit.
    const zone = await manager.findOne(Zone, { where: { id: zoneId }, lock: { mode: "pessimistic_write" } });
    if (!zone) throw notFound("Zone", zoneId);
    await sweepUnattended(manager, now, zone.id, ctx.viewer.personId);
    const overlapping: Array<{ id: string; title: string; starts_at: Date; ends_at: Date; status: string; total: number }> =
      await manager.query(
        `SELECT id, title, starts_at, ends_at, status, count(*) OVER ()::int AS total FROM booking
        WHERE zone_id = $1 AND status IN ('PENDING','CONFIRMED','CHECKED_IN') AND starts_at < $3 AND ends_at > $2
        ORDER BY starts_at LIMIT ${LISTED_BOOKINGS}`,
        [zone.id, from, to],
      );
    if (overlapping.length > 0) {
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
      throw conflict(`${zone.name}在此期间有${overlapping[0].total}个有效预约，请先处理：${listed} (active bookings overlap the closure)`, {
        bookings,
        total: overlapping[0].total,
      });
    }
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
  const now = clockOf(ctx.db).now();
  return ctx.db.transaction(async (manager) => {
    const closure = await manager.findOne(ZoneClosure, { where: { id: closureId }, lock: { mode: "pessimistic_write" } });
    if (!closure) throw notFound("ZoneClosure", closureId);
    if (closure.endsAt.getTime() <= now.getTime() || closure.startsAt.getTime() >= closure.endsAt.getTime()) {
      throw conflict("该关闭已结束 (the closure is no longer in effect)", { endsAt: closure.endsAt.toISOString() });
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
