import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MembersByKindBars } from "../src/components/MembersByKindBars";
import type { KindTotal } from "../src/labels";

const totals: KindTotal[] = [
  { kind: "PATROL", teams: 2, members: 512 },
  { kind: "CULTURE", teams: 1, members: 128 },
];

const rows = () => within(screen.getByRole("list", { name: "members by kind" })).getAllByRole("listitem");
const barWidth = (row: HTMLElement) => (row.children[1]!.firstElementChild as HTMLElement).style.width;

describe("MembersByKindBars", () => {
  it("draws one bar per kind, scaled to the largest, with its count", () => {
    render(<MembersByKindBars totals={totals} locale="zh-CN" />);
    const [patrol, culture] = rows();
    expect(patrol!.textContent).toBe("平安巡逻512");
    expect(culture!.textContent).toBe("文化文艺128");
    expect(barWidth(patrol!)).toBe("100%");
    expect(barWidth(culture!)).toBe("25%");
  });

  it("names the kinds in English when the shell is switched", () => {
    render(<MembersByKindBars totals={totals} locale="en-US" />);
    expect(rows().map((row) => row.firstElementChild!.textContent)).toEqual(["Patrol", "Culture"]);
  });

  it("draws empty bars, not a division by zero, when no team has members yet", () => {
    render(<MembersByKindBars totals={[{ kind: "YOUTH", teams: 1, members: 0 }]} locale="zh-CN" />);
    expect(barWidth(rows()[0]!)).toBe("0%");
  });
});
