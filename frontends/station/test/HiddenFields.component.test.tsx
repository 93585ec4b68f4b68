import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MockLink } from "@apollo/client/testing";
import { afterEach, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/ui-kit";
import { DEFAULT_ZONE_LIMITS } from "@dongting/domain/station-settings";
import { PENDING_COUNT } from "../src/graph/bookings";
import { EXCHANGE_ITEMS } from "../src/graph/exchange";
import { ZONE_WEEK } from "../src/graph/zones";
import { ExchangePage } from "../src/pages/ExchangePage";
import { ZoneCalendarPage } from "../src/pages/ZoneCalendarPage";
import { StationNav } from "../src/components/StationNav";
import { bookingRow, renderAs, RESIDENT, STAFF } from "./support/render";

/** The read policy's refusal of one field, as the station subgraph sends it. */
const refused = (path: Array<string | number>) => ({
  message: "您无权查看此项信息 (You may not see this information)",
  path,
  extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" },
});

afterEach(cleanup);

describe("a resident's zone week", () => {
  const own = bookingRow({ id: "b-own", title: "读书会" });
  // Someone else's booking: a busy slot, its title redacted, organiser, team and decision note withheld.
  const other = bookingRow({ id: "b-other", title: REDACTED_TEXT, organiser: null, team: null, decisionNote: null });
  const zoneWeek: MockLink.MockedResponse = {
    request: { query: ZONE_WEEK, variables: () => true },
    result: {
      data: {
        zone: {
          __typename: "Zone",
          id: "z-hall",
          name: "议事厅",
          kind: "MEETING",
          capacity: 40,
          exclusive: true,
          requiresApproval: false,
          ...DEFAULT_ZONE_LIMITS,
          openingHours: [],
          bookings: [own, other],
          closures: [],
        },
      },
      errors: ["decisionNote", "organiser", "team"].map((field) => refused(["zone", "bookings", 1, field])),
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };

  it("shows others' bookings as busy slots with 已隐藏, not as a failed page", async () => {
    renderAs(RESIDENT, <ZoneCalendarPage id="z-hall" locale="zh-CN" />, [zoneWeek]);
    const table = await screen.findByTestId("week-bookings");
    const rows = await within(table).findAllByRole("row");
    const otherRow = rows.find((row) => row.getAttribute("data-row-key") === "b-other")!;
    const ownRow = rows.find((row) => row.getAttribute("data-row-key") === "b-own")!;
    expect(within(otherRow).getAllByText("已隐藏")).toHaveLength(2);
    expect(within(ownRow).getByText("读书会")).toBeTruthy();
    expect(within(ownRow).getByText("陈晓")).toBeTruthy();
    expect(within(ownRow).queryByText("已隐藏")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();

    fireEvent.click(within(otherRow).getAllByText("已隐藏")[0]!);
    const detail = await screen.findByTestId("booking-detail");
    expect(detail.getAttribute("data-busy-slot")).toBe("true");
    expect(within(detail).getByText("已隐藏")).toBeTruthy();
  });
});

describe("the 百宝箱 board for a resident", () => {
  const item = (patch: Record<string, unknown>) => ({
    __typename: "ExchangeItem",
    status: "AVAILABLE",
    postedAt: "2026-06-14T02:00:00.000Z",
    claimedAt: null,
    closedAt: null,
    claimant: null,
    ...patch,
  });
  const mine = item({
    id: "i-mine",
    title: "儿童自行车",
    description: "周末下午可取",
    owner: { __typename: "Person", id: RESIDENT.personId, name: "陈晓" },
  });
  const theirs = item({ id: "i-theirs", title: "电饭煲", description: null, owner: null });
  const board: MockLink.MockedResponse = {
    request: { query: EXCHANGE_ITEMS, variables: () => true },
    result: {
      data: { exchangeItems: [mine, theirs] },
      errors: ["description", "owner", "claimant"].map((field) => refused(["exchangeItems", 1, field])),
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };

  it("hides other people's owner, claimant and description and still offers to claim", async () => {
    renderAs(RESIDENT, <ExchangePage locale="zh-CN" />, [board]);
    const theirsRow = await waitFor(() => {
      const row = document.querySelector('[data-item-id="i-theirs"]');
      if (!row) throw new Error("not yet");
      return row as HTMLElement;
    });
    expect(within(theirsRow).getAllByText("已隐藏")).toHaveLength(3);
    expect(theirsRow.querySelector('[data-action="claim"]')).not.toBeNull();
    const mineRow = document.querySelector('[data-item-id="i-mine"]') as HTMLElement;
    expect(within(mineRow).getByText("周末下午可取")).toBeTruthy();
    expect(within(mineRow).queryByText("已隐藏")).toBeNull();
    expect(mineRow.querySelector('[data-action="withdraw"]')).not.toBeNull();
    expect(document.querySelector("[data-error-kind]")).toBeNull();
  });
});

describe("the station's menu", () => {
  it("offers the figures to station staff and not to a resident (zoneUtilisation is for staff and the offices)", async () => {
    const pendingCount: MockLink.MockedResponse = {
      request: { query: PENDING_COUNT },
      result: { data: { pendingBookings: { __typename: "BookingConnection", totalCount: 2 } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderAs(STAFF, <StationNav locale="zh-CN" />, [pendingCount]);
    await waitFor(() => expect(document.querySelector('[data-section="stats"]')).not.toBeNull());
    expect(document.querySelector('[data-section="check-in"]')).not.toBeNull();
    cleanup();
    renderAs(RESIDENT, <StationNav locale="zh-CN" />, []);
    await screen.findByTestId("station-nav");
    expect(document.querySelector('[data-section="zones"]')).not.toBeNull();
    expect(document.querySelector('[data-section="stats"]')).toBeNull();
    expect(document.querySelector('[data-section="check-in"]')).toBeNull();
  });
});
