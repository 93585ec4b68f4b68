import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { MockLink } from "@apollo/client/testing";
import { App as AntApp } from "antd";
import { DEFAULT_ZONE_LIMITS } from "@dongting/domain/station-settings";
import { describe, expect, it, vi } from "vitest";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { BookingModal } from "../src/components/BookingModal";
import { BOOK_ZONE, CONFLICTING_BOOKING } from "../src/graph/bookings";
import { BOOK_SERIES, JOIN_WAITLIST } from "../src/graph/staff-tools";
import { FREE_SLOTS } from "../src/graph/zones";
import { bookingRow, NOW, refusal, renderAs, RESIDENT } from "./support/render";

/** 健身角: shared, 20 people, every day 06:30–21:00. */
const FITNESS = {
  id: "z-fitness",
  name: "健身角",
  kind: "FITNESS" as const,
  capacity: 20,
  exclusive: false,
  requiresApproval: false,
  ...DEFAULT_ZONE_LIMITS,
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ __typename: "OpeningHours" as const, weekday, opens: "06:30", closes: "21:00" })),
};
const TUESDAY = "2026-06-23";

const always = (mock: MockLink.MockedResponse): MockLink.MockedResponse => ({ ...mock, maxUsageCount: Number.POSITIVE_INFINITY });
const freeSlots = always({
  request: { query: FREE_SLOTS, variables: () => true },
  result: { data: { zone: { __typename: "Zone", id: FITNESS.id, freeSlots: [] } } },
});
const conflicting = always({
  request: { query: CONFLICTING_BOOKING, variables: () => true },
  result: {
    data: {
      booking: {
        __typename: "Booking",
        id: "b-9",
        title: "【已隐藏】",
        startsAt: "2026-06-23T01:00:00.000Z",
        endsAt: "2026-06-23T01:50:00.000Z",
      },
    },
  },
});

const input = (patch: Record<string, unknown> = {}) => ({
  zoneId: FITNESS.id,
  title: "跳绳",
  startsAt: "2026-06-23T02:00:00.000Z",
  endsAt: "2026-06-23T03:00:00.000Z",
  attendees: 4,
  weeklyOccurrences: 1,
  ...patch,
});

function renderModal(mocks: MockLink.MockedResponse[]) {
  const onBooked = vi.fn();
  const onWaiting = vi.fn();
  renderAs(
    RESIDENT,
    <AntApp>
      <BookingModal
        open
        zone={FITNESS}
        draft={{ date: TUESDAY, from: 10 * 60, to: 11 * 60 }}
        shownWeek="2026-06-22"
        now={NOW}
        locale="zh-CN"
        onClose={() => {}}
        onBooked={onBooked}
        onWaiting={onWaiting}
        onConflict={() => {}}
        onShowWeek={() => {}}
      />
    </AntApp>,
    [freeSlots, conflicting, ...mocks],
  );
  return { onBooked, onWaiting };
}

const type = (testId: string, value: string) => {
  const element = screen.getByTestId(testId);
  const field = element.tagName === "INPUT" ? element : element.querySelector("input")!;
  fireEvent.change(field, { target: { value } });
};

describe("booking with the waitlist and weekly series", () => {
  it("offers the waitlist for a time refused by the buffer, and joins it for exactly that slot", async () => {
    let joined = false;
    const { onWaiting } = renderModal([
      {
        request: { query: BOOK_ZONE, variables: { input: input() } },
        result: refusal("CONFLICT", "BUFFER", { date: TUESDAY, occurrence: 1, bufferMinutes: 15, conflictingBookingId: "b-9" }),
      },
      {
        request: {
          query: JOIN_WAITLIST,
          variables: { zoneId: FITNESS.id, startsAt: "2026-06-23T02:00:00.000Z", endsAt: "2026-06-23T03:00:00.000Z", attendees: 4 },
        },
        result: () => {
          joined = true;
          return {
            data: {
              joinWaitlist: {
                __typename: "WaitlistEntry",
                id: "w-1",
                startsAt: "2026-06-23T02:00:00.000Z",
                endsAt: "2026-06-23T03:00:00.000Z",
              },
            },
          };
        },
      },
    ]);
    type("booking-title", "跳绳");
    type("booking-attendees", "4");
    fireEvent.click(screen.getByTestId("booking-submit"));
    expect((await screen.findByTestId("refusal-reason")).textContent).toBe(STATION_REASONS.BUFFER.zh);
    fireEvent.click(await screen.findByTestId("join-waitlist"));
    await waitFor(() => expect(joined).toBe(true));
    await waitFor(() => expect(onWaiting).toHaveBeenCalled());
  });

  it("offers no waitlist for a refusal waiting cannot cure", async () => {
    renderModal([
      { request: { query: BOOK_ZONE, variables: { input: input() } }, result: refusal("CONFLICT", "ZONE_CLOSED", { date: TUESDAY }) },
    ]);
    type("booking-title", "跳绳");
    type("booking-attendees", "4");
    fireEvent.click(screen.getByTestId("booking-submit"));
    await screen.findByTestId("booking-conflict");
    expect(screen.queryByTestId("join-waitlist")).toBeNull();
  });

  it("books a weekly series skipping the clashing dates, and answers which were skipped", async () => {
    const skipped = ["2026-06-30T02:00:00.000Z"];
    const { onBooked } = renderModal([
      {
        request: { query: BOOK_SERIES, variables: { input: input({ weeklyOccurrences: 3 }), skipConflicts: true } },
        result: {
          data: { bookSeries: { __typename: "SeriesBooking", bookings: [bookingRow({ id: "b-1" }), bookingRow({ id: "b-3" })], skipped } },
        },
      },
    ]);
    type("booking-title", "跳绳");
    type("booking-attendees", "4");
    fireEvent.click(screen.getByTestId("booking-repeat"));
    await waitFor(() => expect(screen.getByTestId("booking-occurrences").querySelector("input")!.disabled).toBe(false));
    type("booking-occurrences", "3");
    fireEvent.click(await screen.findByTestId("booking-skip-conflicts"));
    fireEvent.click(screen.getByTestId("booking-submit"));
    await waitFor(() =>
      expect(onBooked).toHaveBeenCalledWith([expect.objectContaining({ id: "b-1" }), expect.objectContaining({ id: "b-3" })], skipped),
    );
  });
});
