import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MockLink } from "@apollo/client/testing";
import { DEFAULT_ZONE_LIMITS } from "@dongting/domain/station-settings";
import { describe, expect, it, vi } from "vitest";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import type { Locale, Viewer } from "@dongting/ui-kit";
import { BookingModal, type BookingDraft } from "../src/components/BookingModal";
import { BOOK_ZONE, CONFLICTING_BOOKING } from "../src/graph/bookings";
import { TEAMS } from "../src/graph/people";
import { FREE_SLOTS } from "../src/graph/zones";
import { bookingRow, NOW, refusal, renderAs, RESIDENT, STAFF } from "./support/render";

/** 议事厅: 40 people, one booking at a time, Monday to Saturday 08:30–21:00. */
const HALL = {
  id: "z-hall",
  name: "议事厅",
  kind: "MEETING" as const,
  capacity: 40,
  exclusive: true,
  requiresApproval: false,
  ...DEFAULT_ZONE_LIMITS,
  openingHours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ __typename: "OpeningHours" as const, weekday, opens: "08:30", closes: "21:00" })),
};

/** Tuesday of next week, 14:00–15:00, as a drag on the calendar asks for it. */
const TUESDAY = "2026-06-23";
const DRAFT: BookingDraft = { date: TUESDAY, from: 14 * 60, to: 15 * 60 };

const freeSlots: MockLink.MockedResponse = {
  request: { query: FREE_SLOTS, variables: () => true },
  result: { data: { zone: { __typename: "Zone", id: HALL.id, freeSlots: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const input = (patch: Record<string, unknown> = {}) => ({
  zoneId: HALL.id,
  title: "街道议事协商会",
  startsAt: "2026-06-23T06:00:00.000Z",
  endsAt: "2026-06-23T07:00:00.000Z",
  attendees: 20,
  weeklyOccurrences: 1,
  ...patch,
});

function renderModal(
  { viewer = RESIDENT, mocks = [], locale = "zh-CN" as Locale, draft = DRAFT } = {} as {
    viewer?: Viewer;
    mocks?: MockLink.MockedResponse[];
    locale?: Locale;
    draft?: BookingDraft;
  },
) {
  const onBooked = vi.fn();
  const onConflict = vi.fn();
  renderAs(
    viewer,
    <BookingModal
      open
      zone={HALL}
      draft={draft}
      shownWeek="2026-06-22"
      now={NOW}
      locale={locale}
      onClose={() => {}}
      onBooked={onBooked}
      onConflict={onConflict}
      onShowWeek={() => {}}
    />,
    [freeSlots, ...mocks],
    locale,
  );
  return { onBooked, onConflict };
}

const field = (testId: string) => {
  const element = screen.getByTestId(testId);
  return (element.tagName === "INPUT" ? element : element.querySelector("input")!) as HTMLInputElement;
};
const type = (testId: string, value: string) => fireEvent.change(field(testId), { target: { value } });
const itemOf = (testId: string) => screen.getByTestId(testId).closest(".ant-form-item") as HTMLElement;
const submit = () => fireEvent.click(screen.getByTestId("booking-submit"));
const submitButton = () => screen.getByTestId("booking-submit") as HTMLButtonElement;

describe("the booking modal", () => {
  it("sends exactly the booking the form holds: the trimmed title, the local times as instants, the attendees", async () => {
    const booked = bookingRow();
    const { onBooked } = renderModal({
      mocks: [{ request: { query: BOOK_ZONE, variables: { input: input() } }, result: { data: { bookZone: [booked] } } }],
    });
    type("booking-title", "  街道议事协商会  ");
    type("booking-attendees", "20");
    submit();
    await waitFor(() => expect(onBooked).toHaveBeenCalledWith([expect.objectContaining({ id: booked.id, status: "CONFIRMED" })], []));
  });

  it("lets staff book for a volunteer team, sending the team's id", async () => {
    const { onBooked } = renderModal({
      viewer: STAFF,
      mocks: [
        {
          request: { query: TEAMS },
          result: { data: { volunteerTeams: [{ __typename: "VolunteerTeam", id: "t-1", name: "红马甲服务队" }] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        { request: { query: BOOK_ZONE, variables: { input: input({ teamId: "t-1" }) } }, result: { data: { bookZone: [bookingRow()] } } },
      ],
    });
    type("booking-title", "街道议事协商会");
    type("booking-attendees", "20");
    fireEvent.click(within(screen.getByTestId("booking-organiser")).getByText("志愿团队"));
    await screen.findByTestId("booking-team");
    const teamSelect = within(screen.getByTestId("booking-team")).getByRole("combobox");
    fireEvent.mouseDown(teamSelect);
    fireEvent.click(await screen.findByTitle("红马甲服务队"));
    submit();
    await waitFor(() => expect(onBooked).toHaveBeenCalled());
  });

  it("checks the title, the attendees against the zone's capacity and the weekly repeat before sending anything", async () => {
    const { onBooked } = renderModal();
    submit();
    expect(await within(itemOf("booking-title")).findByText("请填写活动名称")).toBeTruthy();
    type("booking-title", "议".repeat(101));
    expect(await within(itemOf("booking-title")).findByText("活动名称最多 100 个字")).toBeTruthy();
    type("booking-title", "议".repeat(100));
    await waitFor(() => expect(within(itemOf("booking-title")).queryByText("活动名称最多 100 个字")).toBeNull());

    type("booking-attendees", "41");
    expect(await within(itemOf("booking-attendees")).findByText("人数须为 1 至 40")).toBeTruthy();
    type("booking-attendees", "-5");
    expect(await within(itemOf("booking-attendees")).findByText("人数须为 1 至 40")).toBeTruthy();
    type("booking-attendees", "40");
    await waitFor(() => expect(within(itemOf("booking-attendees")).queryByText("人数须为 1 至 40")).toBeNull());

    fireEvent.click(screen.getByTestId("booking-repeat"));
    await waitFor(() => expect(field("booking-occurrences").disabled).toBe(false));
    type("booking-occurrences", "27");
    expect(await within(itemOf("booking-occurrences")).findByText("重复次数须为 2 至 26")).toBeTruthy();
    submit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onBooked).not.toHaveBeenCalled();
  });

  it("keeps to the advance window and the booking length of the station's rules", async () => {
    renderModal();
    type("booking-date", "2026-09-14");
    expect(await within(itemOf("booking-date")).findByText("请选择今天起 90 天内的日期")).toBeTruthy();
    // 2026-09-12 is a Saturday (the hall is open), the last bookable day is Sunday 2026-09-13.
    type("booking-date", "2026-09-12");
    await waitFor(() => expect(within(itemOf("booking-date")).queryByText("请选择今天起 90 天内的日期")).toBeNull());
    type("booking-date", TUESDAY);

    // From 14:00 the end may be 14:30 up to 18:00: 30 minutes to 4 hours.
    fireEvent.mouseDown(within(screen.getByTestId("booking-end")).getByRole("combobox"));
    await waitFor(() => expect(document.querySelectorAll(".ant-select-item-option").length).toBeGreaterThan(0));
    const ends = [...document.querySelectorAll(".ant-select-item-option")].map((option) => option.getAttribute("title"));
    expect(ends[0]).toBe("14:30");
    expect(ends.at(-1)).toBe("18:00");
    expect(ends).toHaveLength(8);
  });

  it("refuses a start earlier today, worded by the station's reason", async () => {
    renderModal({ draft: { date: "2026-06-15", from: 9 * 60, to: 10 * 60 } });
    type("booking-title", "晨会");
    submit();
    expect(await within(itemOf("booking-start")).findByText(STATION_REASONS.BOOKING_IN_PAST.zh)).toBeTruthy();
  });

  it("disables the submit on a day the zone is closed", async () => {
    renderModal({ draft: { date: "2026-06-21", from: null, to: null } });
    expect(await screen.findByTestId("closed-all-day")).toBeTruthy();
    expect(submitButton().disabled).toBe(true);
    type("booking-date", TUESDAY);
    await waitFor(() => expect(submitButton().disabled).toBe(false));
  });

  it("shows a zone-closed refusal by its reason in Chinese and in English, names the date, and waits for a change", async () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const { onConflict, onBooked } = renderModal({
        locale,
        mocks: [
          {
            request: { query: BOOK_ZONE, variables: { input: input() } },
            result: refusal("CONFLICT", "ZONE_CLOSED", { date: TUESDAY, occurrence: 1 }),
          },
        ],
      });
      type("booking-title", "街道议事协商会");
      type("booking-attendees", "20");
      submit();
      const alert = await screen.findByTestId("booking-conflict");
      expect(alert.getAttribute("data-reason")).toBe("ZONE_CLOSED");
      expect(alert.getAttribute("data-conflict-date")).toBe(TUESDAY);
      const words = STATION_REASONS.ZONE_CLOSED;
      expect(within(alert).getByTestId("refusal-reason").textContent).toBe(locale === "en-US" ? words.en : words.zh);
      expect(within(alert).getByText(locale === "en-US" ? "Conflict: nothing was booked" : "预约冲突，未能预约")).toBeTruthy();
      expect(within(alert).getByTestId("conflict-date").textContent).toContain(TUESDAY);
      // The server's own message is not what the person reads.
      expect(alert.textContent).not.toContain("refused");
      expect(onConflict).toHaveBeenLastCalledWith({ date: TUESDAY, occurrence: 1, bookingId: null });
      expect(onBooked).not.toHaveBeenCalled();
      expect(submitButton().disabled).toBe(true);
      type("booking-attendees", "21");
      await waitFor(() => expect(submitButton().disabled).toBe(false));
      expect(screen.queryByTestId("booking-conflict")).toBeNull();
      expect(onConflict).toHaveBeenLastCalledWith(null);
      cleanup();
    }
  });

  it("names the booking an overlap collides with", async () => {
    const { onConflict } = renderModal({
      mocks: [
        {
          request: { query: BOOK_ZONE, variables: { input: input() } },
          result: refusal("CONFLICT", "BOOKING_OVERLAP", { date: TUESDAY, occurrence: 1, conflictingBookingId: "b-9" }),
        },
        {
          request: { query: CONFLICTING_BOOKING, variables: { id: "b-9" } },
          result: {
            data: {
              booking: {
                __typename: "Booking",
                id: "b-9",
                title: "党员学习",
                startsAt: "2026-06-23T05:30:00.000Z",
                endsAt: "2026-06-23T07:00:00.000Z",
              },
            },
          },
        },
      ],
    });
    type("booking-title", "街道议事协商会");
    type("booking-attendees", "20");
    submit();
    const alert = await screen.findByTestId("booking-conflict");
    expect(within(alert).getByTestId("refusal-reason").textContent).toBe(STATION_REASONS.BOOKING_OVERLAP.zh);
    expect(within(alert).getByTestId("conflicting-booking").textContent).toBe("与「党员学习」（2026-06-23 13:30–15:00）冲突");
    expect(onConflict).toHaveBeenLastCalledWith({ date: TUESDAY, occurrence: 1, bookingId: "b-9" });
  });

  it("puts the graph's field errors on the fields they name", async () => {
    renderModal({
      mocks: [
        {
          request: { query: BOOK_ZONE, variables: { input: input() } },
          result: refusal("BAD_USER_INPUT", "INVALID_INPUT", {
            fields: [{ field: "input.attendees", constraint: "min", message: "attendees min" }],
          }),
        },
      ],
    });
    type("booking-title", "街道议事协商会");
    type("booking-attendees", "20");
    submit();
    expect(await within(itemOf("booking-attendees")).findByText("人数须为 1 至 40")).toBeTruthy();
    expect(screen.queryByTestId("booking-error")).toBeNull();
  });
});
