import { describe, expect, it } from "vitest";
import { endTimes, isOpen, openingIntervals, placeOnDay, selectionSpan, startTimes, visibleRange } from "../src/components/calendar-layout";
import { localInstant } from "@dongting/domain/local-time";

// 议事厅: workdays and Saturday 08:30–21:00. 万事通: two intervals on workdays.
const meetingHall = openingIntervals([1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "08:30", closes: "21:00" })));
const helpDesk = openingIntervals([
  { weekday: 1, opens: "14:00", closes: "17:30" },
  { weekday: 1, opens: "08:30", closes: "12:00" },
]);

const at = (date: string, hhmm: string) => localInstant(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))).toISOString();

describe("week calendar layout", () => {
  it("shows whole hours from the earliest opening to the latest closing", () => {
    expect(visibleRange(meetingHall)).toEqual({ start: 8 * 60, end: 21 * 60 });
    expect(visibleRange([])).toEqual({ start: 8 * 60, end: 20 * 60 });
  });

  it("knows when a range lies inside one opening interval", () => {
    // 2026-05-04 is a Monday, 2026-05-10 a Sunday.
    expect(isOpen(meetingHall, "2026-05-04", 9 * 60, 10 * 60)).toBe(true);
    expect(isOpen(meetingHall, "2026-05-04", 8 * 60, 9 * 60)).toBe(false);
    expect(isOpen(meetingHall, "2026-05-10", 9 * 60, 10 * 60)).toBe(false);
    expect(isOpen(helpDesk, "2026-05-04", 11 * 60, 14 * 60 + 30)).toBe(false);
  });

  it("offers start and end times inside the opening hours, 30 minutes to 4 hours", () => {
    const starts = startTimes(helpDesk, "2026-05-04");
    expect(starts[0]).toBe(510);
    expect(starts).not.toContain(12 * 60);
    expect(starts).toContain(14 * 60);
    expect(starts.at(-1)).toBe(17 * 60);
    expect(endTimes(helpDesk, "2026-05-04", 11 * 60)).toEqual([11 * 60 + 30, 12 * 60]);
    const long = endTimes(meetingHall, "2026-05-04", 9 * 60);
    expect(long[0]).toBe(9 * 60 + 30);
    expect(long.at(-1)).toBe(13 * 60);
    expect(startTimes(meetingHall, "2026-05-10")).toEqual([]);
  });

  it("lays overlapping bookings side by side and clips them to the day", () => {
    const placed = placeOnDay(
      [
        { id: "a", startsAt: at("2026-05-04", "09:00"), endsAt: at("2026-05-04", "11:00") },
        { id: "b", startsAt: at("2026-05-04", "10:00"), endsAt: at("2026-05-04", "12:00") },
        { id: "c", startsAt: at("2026-05-04", "11:00"), endsAt: at("2026-05-04", "11:30") },
        { id: "d", startsAt: at("2026-05-04", "14:00"), endsAt: at("2026-05-04", "15:00") },
        { id: "e", startsAt: at("2026-05-05", "09:00"), endsAt: at("2026-05-05", "10:00") },
        { id: "f", startsAt: at("2026-05-03", "20:00"), endsAt: at("2026-05-04", "08:00") },
      ],
      "2026-05-04",
    );
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));
    expect(Object.keys(byId).sort()).toEqual(["a", "b", "c", "d", "f"]);
    expect(byId.a).toMatchObject({ from: 540, to: 660, lane: 0, lanes: 2 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    // c starts when a ends: it reuses a's lane.
    expect(byId.c).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.d).toMatchObject({ lane: 0, lanes: 1 });
    expect(byId.f).toMatchObject({ from: 0, to: 480 });
  });

  it("turns a drag into a range covering both slots", () => {
    expect(selectionSpan(600, 540)).toEqual({ from: 540, to: 630 });
    expect(selectionSpan(540, 540)).toEqual({ from: 540, to: 570 });
  });
});
