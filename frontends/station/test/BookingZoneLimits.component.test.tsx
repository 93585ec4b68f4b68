import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_ZONE_LIMITS, type ZoneLimits } from "@dongting/domain/station-settings";
import type { Locale } from "@dongting/ui-kit";
import { BookingModal, type BookingDraft } from "../src/components/BookingModal";
import { BOOK_ZONE } from "../src/graph/bookings";
import { FREE_SLOTS } from "../src/graph/zones";
import { bookingRow, NOW, refusal, renderAs, RESIDENT } from "./support/render";

/*
 * The form holds a booking to its zone's own limits (Zone.minMinutes … maxDaysAhead) with the server's
 * function, not to the station's old global ones (30 minutes to 4 hours, 90 days, a 30-minute grid).
 */

/** 议事厅, Monday to Saturday 08:30–21:00, with the limits staff set on it. */
const hall = (limits: Partial<ZoneLimits>) => ({
  id: "z-hall",
  name: "议事厅",
  kind: "MEETING" as const,
  capacity: 40,
  exclusive: true,
  requiresApproval: false,
  ...DEFAULT_ZONE_LIMITS,
  ...limits,
  openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ __typename: "OpeningHours" as const, weekday, opens: "08:30", closes: "21:00" })),
});

/** Tuesday of next week (Dongting is UTC+8: 14:00 is 06:00Z). */
const TUESDAY = "2026-06-23";

const freeSlots: MockLink.MockedResponse = {
  request: { query: FREE_SLOTS, variables: () => true },
  result: { data: { zone: { __typename: "Zone", id: "z-hall", freeSlots: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderModal(limits: Partial<ZoneLimits>, draft: BookingDraft, mocks: MockLink.MockedResponse[] = [], locale: Locale = "zh-CN") {
  const onBooked = vi.fn();
  renderAs(
    RESIDENT,
    <BookingModal
      open
      zone={hall(limits)}
      draft={draft}
      shownWeek="2026-06-22"
      now={NOW}
      locale={locale}
      onClose={() => {}}
      onBooked={onBooked}
      onConflict={() => {}}
      onShowWeek={() => {}}
    />,
    [freeSlots, ...mocks],
    locale,
  );
  return { onBooked };
}

const input = (el: string) => {
  const element = screen.getByTestId(el);
  return (element.tagName === "INPUT" ? element : element.querySelector("input")!) as HTMLInputElement;
};
const type = (testId: string, value: string) => fireEvent.change(input(testId), { target: { value } });
const itemOf = (testId: string) => screen.getByTestId(testId).closest(".ant-form-item") as HTMLElement;
const submit = () => fireEvent.click(screen.getByTestId("booking-submit"));

async function endOptions(): Promise<string[]> {
  fireEvent.mouseDown(within(screen.getByTestId("booking-end")).getByRole("combobox"));
  await waitFor(() => expect(document.querySelectorAll(".ant-select-item-option").length).toBeGreaterThan(0));
  return [...document.querySelectorAll(".ant-select-item-option")].map((option) => option.getAttribute("title") ?? "");
}

describe("the booking form under a zone's own limits", () => {
  it("books 15 minutes on a zone set to a 15-minute minimum, offering quarter hours", async () => {
    const booked = bookingRow({ startsAt: "2026-06-23T06:00:00.000Z", endsAt: "2026-06-23T06:15:00.000Z" });
    const bookZone: MockLink.MockedResponse = {
      request: {
        query: BOOK_ZONE,
        variables: {
          input: {
            zoneId: "z-hall",
            title: "值班交接",
            startsAt: "2026-06-23T06:00:00.000Z",
            endsAt: "2026-06-23T06:15:00.000Z",
            attendees: 2,
            weeklyOccurrences: 1,
          },
        },
      },
      result: { data: { bookZone: [booked] } },
    };
    const { onBooked } = renderModal({ minMinutes: 15 }, { date: TUESDAY, from: 14 * 60, to: 14 * 60 + 15 }, [bookZone]);
    const ends = await endOptions();
    expect(ends.slice(0, 3)).toEqual(["14:15", "14:30", "14:45"]);
    type("booking-title", "值班交接");
    type("booking-attendees", "2");
    submit();
    await waitFor(() => expect(onBooked).toHaveBeenCalledWith([expect.objectContaining({ id: booked.id })], []));
    expect(within(itemOf("booking-end")).queryByText(/预约时长/)).toBeNull();
  });

  it("refuses 15 minutes on a zone with the default 30-minute minimum, in the zone's numbers", async () => {
    const { onBooked } = renderModal({}, { date: TUESDAY, from: 14 * 60, to: 14 * 60 + 15 });
    type("booking-title", "值班交接");
    submit();
    expect(await within(itemOf("booking-end")).findByText("议事厅的预约时长须为30至240分钟")).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onBooked).not.toHaveBeenCalled();
  });

  it("refuses 3 hours on a zone with a 2-hour maximum before sending anything, worded as the server words it", async () => {
    for (const [locale, words] of [
      ["zh-CN", "议事厅的预约时长须为30至120分钟"],
      ["en-US", "A booking of 议事厅 lasts 30 to 120 minutes"],
    ] as const) {
      // No bookZone answer is mocked: a booking sent would fail the test with a network error instead.
      const { onBooked } = renderModal({ maxMinutes: 120 }, { date: TUESDAY, from: 14 * 60, to: 17 * 60 }, [], locale);
      type("booking-title", "街道议事协商会");
      submit();
      expect(await within(itemOf("booking-end")).findByText(words)).toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(onBooked).not.toHaveBeenCalled();
      expect(screen.queryByTestId("booking-error")).toBeNull();
      const ends = await endOptions();
      expect(ends.at(-1)).toBe("16:00");
      document.body.innerHTML = "";
    }
  });

  it("keeps to the zone's own days ahead and notice", async () => {
    renderModal({ maxDaysAhead: 14, minNoticeHours: 48 }, { date: "2026-06-16", from: 9 * 60, to: 10 * 60 });
    type("booking-title", "晨会");
    submit();
    // Tuesday 09:00 is 23 hours after Monday 10:00: less than the 48 hours' notice.
    expect(await within(itemOf("booking-start")).findByText("议事厅须至少提前48小时预约")).toBeTruthy();
    type("booking-date", "2026-06-30");
    expect(await within(itemOf("booking-date")).findByText("请选择今天起 14 天内的日期")).toBeTruthy();
    expect(input("booking-date").max).toBe("2026-06-29");
  });

  it("words a length refusal from the server with the numbers it carries", async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: BOOK_ZONE, variables: () => true },
      result: refusal("BAD_USER_INPUT", "BOOKING_LENGTH_OUT_OF_RANGE", {
        field: "endsAt",
        minMinutes: 30,
        maxMinutes: 90,
        maxDaysAhead: 90,
      }),
    };
    // The form still holds the old 2-hour maximum; staff have just lowered it to 90 minutes.
    renderModal({ maxMinutes: 120 }, { date: TUESDAY, from: 14 * 60, to: 16 * 60 }, [refused]);
    type("booking-title", "街道议事协商会");
    submit();
    expect(await within(itemOf("booking-end")).findByText("议事厅的预约时长须为30至90分钟")).toBeTruthy();
  });
});
