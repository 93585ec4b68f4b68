import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MonthGrid, type CalendarMeeting } from "../src/components/MonthGrid";

const meeting = (id: string, startsAt: string, over: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id,
  kind: "CLASS_COMMITTEE",
  title: `班委会 ${id}`,
  startsAt,
  status: "SCHEDULED",
  ...over,
});

describe("the month grid", () => {
  it("puts each meeting on its local day, in time order, and opens the one clicked", () => {
    const onOpen = vi.fn();
    render(
      <MonthGrid
        month="2026-06"
        today="2026-06-15"
        locale="zh-CN"
        onOpen={onOpen}
        meetings={[
          meeting("late", "2026-06-15T12:00:00Z"),
          meeting("early", "2026-06-15T01:00:00Z", { kind: "MONITORS_COUNCIL" }),
          meeting("night", "2026-06-15T17:00:00Z"), // 06-16 01:00 in Wuhan
        ]}
      />,
    );
    const grid = screen.getByTestId("month-grid");
    expect(grid.querySelectorAll("tbody tr")).toHaveLength(5);
    const day15 = grid.querySelector('td[data-day="2026-06-15"]')!;
    expect([...day15.querySelectorAll("[data-meeting-id]")].map((a) => a.getAttribute("data-meeting-id"))).toEqual(["early", "late"]);
    expect(day15.textContent).toContain("09:00 班委会 early");
    expect(grid.querySelector('td[data-day="2026-06-16"] [data-meeting-id="night"]')).not.toBeNull();
    fireEvent.click(screen.getByText("20:00 班委会 late"));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: "late" }));
  });

  it("heads the weeks Monday first in the UI's language", () => {
    render(<MonthGrid month="2026-02" today="2026-06-15" locale="en-US" onOpen={() => {}} meetings={[]} />);
    const heads = [...screen.getByTestId("month-grid").querySelectorAll("th")].map((th) => th.textContent);
    expect(heads).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(screen.getByTestId("month-grid").querySelector("tbody td")!.getAttribute("data-day")).toBe("2026-01-26");
  });
});
