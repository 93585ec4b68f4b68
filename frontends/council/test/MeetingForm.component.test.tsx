import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it, vi } from "vitest";
import { RESIDENT_CLASSES } from "../src/graph/classes";
import { MEETING_DETAILS, SCHEDULE_MEETING, STATION_ZONES, ZONE_BOOKINGS, type MeetingRow } from "../src/graph/meetings";
import { PROPOSALS } from "../src/graph/proposals";
import { MeetingFormModal } from "../src/components/MeetingModals";
import { MeetingDrawer } from "../src/components/MeetingDrawer";

const always = <T,>(mock: T): T & { maxUsageCount: number } => ({ ...mock, maxUsageCount: Number.POSITIVE_INFINITY });

const CLASSES = always({
  request: { query: RESIDENT_CLASSES, variables: {} },
  result: {
    data: {
      residentClasses: [
        { __typename: "ResidentClass", id: "class-1", name: "东亭小区一班", memberCount: 60, neighbourhood: null, monitor: null },
      ],
    },
  },
});

const PROPOSALS_OPEN = always({
  request: { query: PROPOSALS, variables: { status: ["DRAFT", "DELIBERATION", "VOTING"], first: 100 } },
  result: {
    data: {
      proposals: {
        __typename: "ProposalConnection",
        totalCount: 0,
        pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
});

const ZONES = always({
  request: { query: STATION_ZONES, variables: {} },
  result: {
    data: {
      zones: [
        { __typename: "Zone", id: "zone-reading", name: "阅览室" },
        { __typename: "Zone", id: "zone-council", name: "议事厅" },
      ],
    },
  },
});

const booking = (id: string, title: string, startsAt: string, endsAt: string, status = "CONFIRMED") => ({
  __typename: "Booking",
  id,
  title,
  startsAt,
  endsAt,
  status,
});

/** The 议事厅's bookings of 2026-06-17 (Wuhan time): only the first overlaps a 19:00–20:30 meeting and still holds. */
const windows: Array<Record<string, unknown>> = [];
const COUNCIL_ROOM_DAY = always({
  request: {
    query: ZONE_BOOKINGS,
    variables: (variables: Record<string, unknown>) => {
      windows.push(variables);
      return variables.id === "zone-council";
    },
  },
  result: {
    data: {
      zone: {
        __typename: "Zone",
        id: "zone-council",
        name: "议事厅",
        bookings: [
          booking("booking-afternoon", "社区两委例会", "2026-06-17T01:00:00.000Z", "2026-06-17T02:30:00.000Z"),
          booking("booking-cancelled", "物业服务协调会", "2026-06-17T11:30:00.000Z", "2026-06-17T12:00:00.000Z", "CANCELLED"),
          booking("booking-evening", "班长议事会", "2026-06-17T11:00:00.000Z", "2026-06-17T13:00:00.000Z"),
        ],
      },
    },
  },
});

const scheduled = {
  data: {
    scheduleMeeting: {
      __typename: "Meeting",
      id: "meeting-new",
      kind: "CLASS_COMMITTEE",
      title: "6月班委会",
      startsAt: "2026-06-17T11:00:00.000Z",
      endsAt: "2026-06-17T12:30:00.000Z",
      status: "SCHEDULED",
    },
  },
};

const user = () => userEvent.setup({ delay: null });

async function pick(testId: string, option: string) {
  await user().click(within(await screen.findByTestId(testId)).getByRole("combobox"));
  await user().click(await screen.findByText(option, { selector: ".ant-select-item-option-content" }));
}

async function fillMeeting() {
  await user().type(screen.getByTestId("meeting-title"), "6月班委会");
  await pick("meeting-class", "东亭小区一班");
  const date = screen.getByTestId("meeting-date");
  await user().clear(date);
  await user().type(date, "2026-06-17");
}

function renderForm(sent: (variables: { input: Record<string, unknown> }) => boolean, onClose: () => void) {
  return render(
    <MockedProvider
      mocks={[
        CLASSES,
        PROPOSALS_OPEN,
        ZONES,
        COUNCIL_ROOM_DAY,
        { request: { query: SCHEDULE_MEETING, variables: sent }, result: scheduled } as MockLink.MockedResponse,
      ]}
    >
      <MeetingFormModal open locale="zh-CN" defaultDate="2026-06-15" onClose={onClose} />
    </MockedProvider>,
  );
}

describe("the meeting form's 议事厅 booking", () => {
  it("preselects the 议事厅, offers its bookings overlapping the meeting, and sends the one chosen", async () => {
    const sent = vi.fn((variables: { input: Record<string, unknown> }) => variables.input.bookingId === "booking-evening");
    const onClose = vi.fn();
    renderForm(sent, onClose);
    await fillMeeting();
    await waitFor(() => expect(screen.getByTestId("meeting-booking-zone").textContent).toContain("议事厅"));
    // The booking of the meeting's day, asked for the day on the community's clock.
    await waitFor(() =>
      expect(windows).toContainEqual({ id: "zone-council", from: "2026-06-16T16:00:00.000Z", to: "2026-06-17T16:00:00.000Z" }),
    );
    await user().click(within(screen.getByTestId("meeting-booking")).getByRole("combobox"));
    await screen.findByText("19:00–21:00 班长议事会", { selector: ".ant-select-item-option-content" });
    expect(screen.queryByText("09:00–10:30 社区两委例会", { selector: ".ant-select-item-option-content" })).toBeNull();
    expect(screen.queryByText(/物业服务协调会/, { selector: ".ant-select-item-option-content" })).toBeNull();
    await user().click(screen.getByText("19:00–21:00 班长议事会", { selector: ".ant-select-item-option-content" }));
    await waitFor(() => expect(screen.queryByTestId("meeting-booking-hint")).toBeNull());
    await user().click(screen.getByTestId("meeting-form-submit"));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("sends no bookingId when none is chosen, and links to the station to book the 议事厅", async () => {
    const sent = vi.fn(
      (variables: { input: Record<string, unknown> }) =>
        variables.input.title === "6月班委会" && variables.input.residentClassId === "class-1" && variables.input.bookingId == null,
    );
    const onClose = vi.fn();
    renderForm(sent, onClose);
    await fillMeeting();
    const link = within(await screen.findByTestId("meeting-booking-hint")).getByText("在乐享驿站预约议事厅");
    expect(link.closest("a")?.getAttribute("href")).toBe("/station");
    await user().click(screen.getByTestId("meeting-form-submit"));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
    expect(sent.mock.calls.every(([variables]) => !("bookingId" in variables.input))).toBe(true);
  });
});

describe("the meeting drawer's 议事厅 booking", () => {
  const row: MeetingRow = {
    id: "meeting-1",
    kind: "MONITORS_COUNCIL",
    title: "6月班长议事会",
    startsAt: "2026-06-17T11:00:00.000Z",
    endsAt: "2026-06-17T13:00:00.000Z",
    status: "SCHEDULED",
    residentClass: null,
  };
  const details = (booking: unknown) => ({
    __typename: "Meeting",
    id: "meeting-1",
    minutes: null,
    booking,
    agenda: [],
  });
  const renderDrawer = (result: MockLink.MockedResponse["result"], mayRecord = true) =>
    render(
      <MockedProvider mocks={[always({ request: { query: MEETING_DETAILS, variables: () => true }, result })]}>
        <MeetingDrawer meeting={row} mayRecord={mayRecord} locale="zh-CN" onClose={() => {}} />
      </MockedProvider>,
    );

  it("shows the booking's zone and time", async () => {
    renderDrawer({
      data: {
        meeting: details({
          ...booking("booking-evening", "班长议事会", "2026-06-17T11:00:00.000Z", "2026-06-17T13:00:00.000Z"),
          zone: { __typename: "Zone", id: "zone-council", name: "议事厅" },
        }),
      },
    });
    const shown = await screen.findByTestId("meeting-booking");
    expect(shown.dataset.bookingId).toBe("booking-evening");
    expect(shown.textContent).toContain("议事厅");
    expect(shown.textContent).toContain("19:00–21:00");
    expect(shown.textContent).toContain("班长议事会");
    expect(screen.queryByTestId("book-at-station")).toBeNull();
  });

  it("without a booking, links those who schedule to the station to book the 议事厅", async () => {
    renderDrawer({ data: { meeting: details(null) } });
    const link = await screen.findByTestId("book-at-station");
    expect(link.textContent).toBe("在乐享驿站预约议事厅");
    expect(link.getAttribute("href")).toBe("/station");
  });

  it("says the booking is hidden when the station withholds it, rather than offering to book one", async () => {
    renderDrawer({
      data: { meeting: details(null) },
      errors: [
        {
          message: "not allowed to read Booking",
          path: ["meeting", "booking"],
          extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED", field: "Booking" },
        },
      ],
    } as never);
    await waitFor(() => expect(document.querySelector('[data-hidden-field="true"]')).not.toBeNull());
    expect(screen.queryByTestId("book-at-station")).toBeNull();
  });
});
