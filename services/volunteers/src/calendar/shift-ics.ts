import { createEvents, type EventAttributes } from "ics";

/** What a volunteer's feed shows of a shift he signed up for. */
export interface FeedShift {
  id: string;
  title: string;
  team: string;
  location: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
}

const utc = (date: Date) => date.getTime();

/**
 * The iCal text of a volunteer's shifts. A called-off shift stays in the feed as STATUS:CANCELLED with its
 * reason, so a calendar that already holds it drops it rather than keeping a stale appointment. `now` stamps
 * every event (DTSTAMP): the library would read the wall clock otherwise.
 */
export function shiftIcs(shifts: readonly FeedShift[], now: Date): string {
  const events: EventAttributes[] = shifts.map((shift) => ({
    uid: `${shift.id}@volunteers.dongting`,
    start: utc(shift.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utc(shift.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    title: shift.cancelledAt ? `[已取消] ${shift.title}` : shift.title,
    description: shift.cancelledAt ? `${shift.team} · 取消原因：${shift.cancelReason ?? ""}` : shift.team,
    ...(shift.location ? { location: shift.location } : {}),
    status: shift.cancelledAt ? "CANCELLED" : "CONFIRMED",
    busyStatus: shift.cancelledAt ? "FREE" : "BUSY",
    // Not in the typings, but the library's schema takes it for DTSTAMP.
    ...({ timestamp: utc(now) } as object),
  }));
  const { error, value } = createEvents(events, { productId: "dongting/volunteers", calName: "志愿服务班次" });
  if (error || value === null || value === undefined) throw error ?? new Error("ics produced no calendar");
  return value;
}
