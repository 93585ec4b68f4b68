import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LocaleProvider, RemoteRouter } from "@dongting/ui-kit";
import { RequestTable } from "../src/components/RequestTable";
import type { RequestRow } from "../src/graph/requests";

const ROWS: RequestRow[] = [
  {
    id: "r-1",
    code: "DT-2026-000123",
    title: "3栋楼道灯不亮",
    status: "IN_PROGRESS",
    channel: "SECRETARY_MAILBOX",
    category: "设施维修",
    urgency: "RED",
    overdue: true,
    deadlineState: "OVERDUE",
    anonymous: true,
    submittedAt: "2026-06-15T02:00:00.000Z",
    submitter: { id: "p-4", name: "陈晓" },
  },
  {
    id: "r-2",
    code: "DT-2026-000124",
    title: "小区门口乱停车",
    status: "SUBMITTED",
    channel: "PATROL",
    category: "停车管理",
    urgency: null,
    overdue: false,
    deadlineState: "ON_TRACK",
    anonymous: false,
    submittedAt: "2026-06-14T12:30:00.000Z",
    submitter: null,
  },
];

function renderTable(rows: RequestRow[], locale: "zh-CN" | "en-US" = "zh-CN", loading = false) {
  const { container } = render(
    <LocaleProvider locale={locale}>
      <RemoteRouter basePath="/requests">
        <RequestTable rows={rows} locale={locale} loading={loading} />
      </RemoteRouter>
    </LocaleProvider>,
  );
  return { table: screen.getByTestId("request-table"), container };
}

const headers = (table: HTMLElement) => [...table.querySelectorAll("thead th")].map((th) => th.textContent);

const row = (table: HTMLElement, id: string) => table.querySelector<HTMLElement>(`tr[data-request-id="${id}"]`)!;

describe("RequestTable", () => {
  it("shows one row per request, linking its code to the request page under the remote's base", () => {
    const { table } = renderTable(ROWS);
    expect([...table.querySelectorAll("tr[data-request-id]")].map((tr) => tr.getAttribute("data-request-id"))).toEqual(["r-1", "r-2"]);
    const link = within(row(table, "r-1")).getByText("DT-2026-000123").closest("a")!;
    expect(link.getAttribute("href")).toBe("/requests/r-1");
  });

  it("labels status, colour, channel, traffic light, submitter and time in Chinese, in the community's time zone", () => {
    const { table } = renderTable(ROWS);
    const first = within(row(table, "r-1"));
    expect(first.getByText("办理中")).toBeTruthy();
    expect(first.getByText("红色（紧急）")).toBeTruthy();
    expect(first.getByText("书记信箱")).toBeTruthy();
    expect(first.getByTestId("deadline-badge").getAttribute("data-deadline-state")).toBe("OVERDUE");
    expect(first.getByText("超时")).toBeTruthy();
    // Staff read an anonymous request's submitter, marked 匿名.
    expect(first.getByText("陈晓")).toBeTruthy();
    expect(first.getByTestId("anonymous-tag").textContent).toBe("匿名");
    expect(row(table, "r-1").textContent).toContain("2026/06/15 10:00");
    const second = within(row(table, "r-2"));
    expect(second.getByText("待受理")).toBeTruthy();
    expect(second.getByText("七宝巡逻队")).toBeTruthy();
    expect(second.getByText("匿名")).toBeTruthy();
    expect(second.getByText("—")).toBeTruthy();
    expect(second.getByText("按时")).toBeTruthy();
    expect(second.queryByText("超时")).toBeNull();
    expect(second.queryByTestId("anonymous-tag")).toBeNull();
    expect(row(table, "r-2").textContent).toContain("2026/06/14 20:30");
  });

  it("speaks English when the UI does, and says so when there is nothing to show", () => {
    const { table } = renderTable(ROWS, "en-US");
    expect(headers(table)).toEqual([
      "Code",
      "Request",
      "Deadline",
      "Status",
      "Urgency",
      "Channel",
      "Category",
      "Submitted by",
      "Submitted",
    ]);
    const first = within(row(table, "r-1"));
    expect(first.getByText("In progress")).toBeTruthy();
    expect(first.getByText("Red (urgent)")).toBeTruthy();
    expect(first.getByText("Overdue")).toBeTruthy();
    expect(within(row(table, "r-2")).getByText("On track")).toBeTruthy();
    expect(within(row(table, "r-2")).getByText("Anonymous")).toBeTruthy();
    document.body.innerHTML = "";
    expect(within(renderTable([]).table).getByText("暂无诉求")).toBeTruthy();
  });

  it("shows that it is loading", () => {
    expect(renderTable(ROWS).container.querySelector(".ant-spin-spinning")).toBeNull();
    document.body.innerHTML = "";
    const { table, container } = renderTable(ROWS, "zh-CN", true);
    expect(container.querySelector(".ant-spin-spinning")).not.toBeNull();
    expect(headers(table)).toEqual(["编号", "诉求", "时限", "状态", "紧急程度", "来源渠道", "类别", "提交人", "提交时间"]);
  });
});
