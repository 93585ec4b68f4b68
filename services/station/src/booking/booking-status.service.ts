import { conflict, notFound, recordHistories, requiredText, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { checkInTiming, DECISION_NOTE_MAX_LENGTH, isUnattended, type BookingAction } from "@dongting/domain/station";
import { requireStaffIn, requireStaffOrPerson, staffReach } from "../access.js";
import { BookingStatus, transition } from "../domain/booking-status.js";
import type { EntityManager } from "typeorm";
import { handOverFreedSlot } from "../waitlist/waitlist.service.js";
import { Zone } from "../zone/zone.entity.js";
import { Booking } from "./booking.entity.js";

interface StatusChange {
  action: BookingAction;
  /** Checks beyond the status (permission, scope, timing); throws to refuse. */
  guard(booking: Booking, now: Date, staff: StaffAccess): void;
  decisionNote?: string;
  /** Cancel and reject free the slot: the waitlist gets it in the same transaction. */
  handsOver?: boolean;
}

type StaffAccess = Parameters<typeof requireStaffOrPerson>[0];

/** Moves one booking through its life cycle under a row lock, at the context clock's now, and records it. */
async function changeStatus(ctx: SubgraphContext, id: string, change: StatusChange): Promise<Booking> {
  requireId("Booking", id);
  const now = ctx.clock.now();
  const staff = { viewer: ctx.viewer, reach: await staffReach(ctx, "write") };
  return ctx.db.transaction(async (manager) => {
    // A hand-over books the zone: its row FOR SHARE first, then the booking, the order bookZone and updateZone lock in.
    const zone = change.handsOver ? await lockZoneOf(manager, id) : null;
    const booking = await manager.findOne(Booking, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!booking) throw notFound("Booking", id);
    change.guard(booking, now, staff);
    const next = transition(booking.status, change.action);
    if ("problem" in next) throw conflict("WRONG_BOOKING_STATUS", next.problem, { status: booking.status });
    const patch: Partial<Booking> = { status: next.to };
    if (change.decisionNote !== undefined) patch.decisionNote = change.decisionNote;
    if (next.to === BookingStatus.CHECKED_IN) patch.checkedInAt = now;
    await manager.update(Booking, { id }, patch);
    await recordHistories(manager, ctx.viewer.personId, [
      { subjectType: "Booking", subjectId: id, action: next.to, detail: { from: booking.status, note: change.decisionNote ?? null } },
    ]);
    if (zone) await handOverFreedSlot(ctx, manager, zone, booking);
    return Object.assign(booking, patch, { updatedAt: now });
  });
}

async function lockZoneOf(manager: EntityManager, bookingId: string): Promise<Zone | null> {
  const found = await manager.findOne(Booking, { where: { id: bookingId }, select: { id: true, zoneId: true } });
  return found ? manager.findOne(Zone, { where: { id: found.zoneId }, lock: { mode: "pessimistic_read" } }) : null;
}

export function approveBooking(ctx: SubgraphContext, id: string): Promise<Booking> {
  return changeStatus(ctx, id, {
    action: "APPROVE",
    guard: (booking, now, staff) => {
      requireStaffIn(staff.reach, booking.communityId);
      if (booking.status === BookingStatus.PENDING && isUnattended(booking, now)) {
        throw conflict("APPROVAL_TOO_LATE", reasonMessage(STATION_REASONS.APPROVAL_TOO_LATE), { status: booking.status });
      }
    },
  });
}

export function rejectBooking(ctx: SubgraphContext, id: string, reason: string): Promise<Booking> {
  const note = requiredText("reason", reason, DECISION_NOTE_MAX_LENGTH);
  return changeStatus(ctx, id, {
    action: "REJECT",
    decisionNote: note,
    handsOver: true,
    guard: (booking, _now, staff) => requireStaffIn(staff.reach, booking.communityId),
  });
}

export function cancelBooking(ctx: SubgraphContext, id: string): Promise<Booking> {
  return changeStatus(ctx, id, {
    action: "CANCEL",
    handsOver: true,
    guard: (booking, now, staff) => {
      requireStaffOrPerson(staff, { personId: booking.organiserId, communityId: booking.communityId }, "NOT_ORGANISER");
      if (booking.endsAt.getTime() <= now.getTime()) {
        throw conflict("BOOKING_ENDED", reasonMessage(STATION_REASONS.BOOKING_ENDED), { status: booking.status });
      }
    },
  });
}

export function checkInBooking(ctx: SubgraphContext, id: string): Promise<Booking> {
  return changeStatus(ctx, id, {
    action: "CHECK_IN",
    guard: (booking, now, staff) => {
      requireStaffOrPerson(staff, { personId: booking.organiserId, communityId: booking.communityId }, "NOT_ORGANISER");
      if (booking.status !== BookingStatus.CONFIRMED) return; // the transition names the status problem
      const timing = checkInTiming(booking.startsAt, now);
      if (timing === "TOO_EARLY") throw conflict("CHECK_IN_NOT_OPEN", reasonMessage(STATION_REASONS.CHECK_IN_NOT_OPEN), { timing });
      if (timing === "TOO_LATE") throw conflict("CHECK_IN_CLOSED", reasonMessage(STATION_REASONS.CHECK_IN_CLOSED), { timing });
    },
  });
}
