import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it } from "vitest";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import type { Locale, Viewer } from "@dongting/ui-kit";
import { ApprovalTable } from "../src/components/ApprovalTable";
import { APPROVE_BOOKING, REJECT_BOOKING, type BookingWithZone } from "../src/graph/bookings";
import { bookingRow, NOW, refusal, renderAs, RESIDENT, STAFF } from "./support/render";

const CHILDREN = { __typename: "Zone", id: "z-children", name: "儿童之家", kind: "CHILDREN" };

/** 小朋友读书会 next Sunday, and 四点半课堂 that started 45 minutes ago (past the approval window). */
const READING = bookingRow({
  id: "b-read",
  title: "小朋友读书会",
  status: "PENDING",
  startsAt: "2026-06-21T02:00:00.000Z",
  endsAt: "2026-06-21T03:00:00.000Z",
  zone: CHILDREN,
});
const LATE = bookingRow({
  id: "b-late",
  title: "四点半课堂",
  status: "PENDING",
  startsAt: "2026-06-15T01:15:00.000Z",
  endsAt: "2026-06-15T02:15:00.000Z",
  zone: CHILDREN,
});
const ROWS = [READING, LATE] as unknown as BookingWithZone[];

function renderTable(viewer: Viewer, mocks: MockLink.MockedResponse[] = [], locale: Locale = "zh-CN") {
  renderAs(viewer, <ApprovalTable rows={ROWS} loading={false} now={NOW} locale={locale} />, mocks, locale);
  const row = (id: string) => document.querySelector(`tr[data-booking-id="${id}"]`) as HTMLElement;
  return { row, button: (id: string, action: string) => row(id).querySelector(`[data-action="${action}"]`) as HTMLButtonElement | null };
}

describe("the approvals table", () => {
  it("offers approve and reject on what staff may still approve, only reject once the booking started 30 minutes ago", () => {
    const { row, button } = renderTable(STAFF);
    expect(within(row("b-read")).getByText("小朋友读书会")).toBeTruthy();
    expect(within(row("b-read")).getByText("儿童之家 · 儿童之家")).toBeTruthy();
    expect(button("b-read", "approve")).not.toBeNull();
    expect(button("b-read", "reject")).not.toBeNull();
    expect(button("b-late", "approve")).toBeNull();
    expect(button("b-late", "reject")).not.toBeNull();
  });

  it("offers a resident nothing to decide", () => {
    const { button } = renderTable(RESIDENT);
    expect(button("b-read", "approve")).toBeNull();
    expect(button("b-read", "reject")).toBeNull();
  });

  it("approves by the booking's id", async () => {
    const { button } = renderTable(STAFF, [
      {
        request: { query: APPROVE_BOOKING, variables: { id: "b-read" } },
        result: { data: { approveBooking: { ...READING, status: "CONFIRMED" } } },
      },
    ]);
    fireEvent.click(button("b-read", "approve")!);
    expect(await screen.findByText("已批准")).toBeTruthy();
  });

  it("rejects only with a reason, sending the id and the trimmed reason", async () => {
    const { button } = renderTable(STAFF, [
      {
        request: { query: REJECT_BOOKING, variables: { id: "b-read", reason: "当天另有社区活动" } },
        result: { data: { rejectBooking: { ...READING, status: "REJECTED", decisionNote: "当天另有社区活动" } } },
      },
    ]);
    fireEvent.click(button("b-read", "reject")!);
    const confirm = (await screen.findByText("驳回“小朋友读书会”"))
      .closest(".ant-modal")!
      .querySelector('[data-action="confirm-reject"]') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId("reject-reason"), { target: { value: "   " } });
    expect(confirm.disabled).toBe(true);
    await userEvent.setup().type(screen.getByTestId("reject-reason"), "  当天另有社区活动 ");
    await waitFor(() => expect(confirm.disabled).toBe(false));
    fireEvent.click(confirm);
    expect(await screen.findByText("已驳回")).toBeTruthy();
  });

  it("tells a refused approval by its reason, in English and in Chinese", async () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const { button } = renderTable(
        STAFF,
        [
          {
            request: { query: APPROVE_BOOKING, variables: { id: "b-read" } },
            result: refusal("CONFLICT", "APPROVAL_TOO_LATE", { status: "PENDING" }),
          },
        ],
        locale,
      );
      fireEvent.click(button("b-read", "approve")!);
      const words = STATION_REASONS.APPROVAL_TOO_LATE;
      const toast = await screen.findByText(locale === "en-US" ? words.en : words.zh);
      expect(toast.textContent).not.toContain("refused");
      cleanup();
    }
  });
});
