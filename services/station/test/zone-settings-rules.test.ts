import { describe, expect, it } from "vitest";
import {
  checkBookingTimesIn,
  checkZoneSettings,
  claimExpiryCutoff,
  DEFAULT_ZONE_LIMITS,
  parseOpeningHours,
} from "@dongting/domain/station-settings";
import { checkBookingTimes } from "@dongting/domain/station";

const NOW = new Date("2026-03-02T00:00:00Z");
const period = (startHours: number, minutes: number) => {
  const startsAt = new Date(NOW.getTime() + startHours * 3_600_000);
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
};

describe("per-zone booking limits", () => {
  it("are the old global rule by default", () => {
    for (const [hours, minutes] of [
      [1, 60],
      [1, 20],
      [1, 300],
      [-1, 60],
      [24 * 91, 60],
      [1, -5],
    ] as const) {
      expect(checkBookingTimesIn(period(hours, minutes), NOW, DEFAULT_ZONE_LIMITS)).toEqual(checkBookingTimes(period(hours, minutes), NOW));
    }
  });

  it("hold a booking to the zone's length, notice and days ahead", () => {
    const limits = { minMinutes: 60, maxMinutes: 90, bufferMinutes: 0, minNoticeHours: 24, maxDaysAhead: 7 };
    expect(checkBookingTimesIn(period(48, 45), NOW, limits)?.reason).toBe("BOOKING_LENGTH_OUT_OF_RANGE");
    expect(checkBookingTimesIn(period(48, 120), NOW, limits)?.reason).toBe("BOOKING_LENGTH_OUT_OF_RANGE");
    expect(checkBookingTimesIn(period(23, 60), NOW, limits)).toEqual({ field: "startsAt", reason: "BOOKING_NOTICE_TOO_SHORT" });
    expect(checkBookingTimesIn(period(24, 60), NOW, limits)).toBeNull();
    expect(checkBookingTimesIn(period(7 * 24 + 1, 60), NOW, limits)?.reason).toBe("BOOKING_TOO_FAR_AHEAD");
  });

  it("check the settings' bounds and that the minimum is at most the maximum", () => {
    const ok = { capacity: 20, ...DEFAULT_ZONE_LIMITS };
    expect(checkZoneSettings(ok)).toBeNull();
    expect(checkZoneSettings({ ...ok, capacity: 1001 })).toEqual({ field: "capacity", reason: "SETTING_OUT_OF_RANGE" });
    expect(checkZoneSettings({ ...ok, bufferMinutes: 1.5 })).toEqual({ field: "bufferMinutes", reason: "SETTING_OUT_OF_RANGE" });
    expect(checkZoneSettings({ ...ok, minMinutes: 120, maxMinutes: 60 })).toEqual({ field: "minMinutes", reason: "MIN_LONGER_THAN_MAX" });
  });

  it("read opening hours as HH:mm intervals, midnight as 24:00, refusing overlaps within a day", () => {
    expect(parseOpeningHours([{ weekday: 1, opens: "08:30", closes: "24:00" }])).toEqual([{ weekday: 1, opens: 510, closes: 1440 }]);
    expect(
      parseOpeningHours([
        { weekday: 1, opens: "08:00", closes: "12:00" },
        { weekday: 1, opens: "12:00", closes: "13:00" },
        { weekday: 2, opens: "08:00", closes: "12:00" },
      ]),
    ).toHaveLength(3);
    expect(parseOpeningHours([{ weekday: 1, opens: "8:30", closes: "12:00" }])).toEqual({
      field: "openingHours.0",
      reason: "INVALID_OPENING_HOURS",
    });
    expect(
      parseOpeningHours([
        { weekday: 3, opens: "08:00", closes: "12:00" },
        { weekday: 3, opens: "07:00", closes: "08:30" },
      ]),
    ).toEqual({ field: "openingHours.1", reason: "OPENING_HOURS_OVERLAP" });
  });

  it("lapse 百宝箱 claims 3 days after they were made", () => {
    expect(claimExpiryCutoff(NOW).toISOString()).toBe("2026-02-27T00:00:00.000Z");
  });
});
