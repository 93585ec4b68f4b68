import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RemoteRouter, type Locale } from "@dongting/ui-kit";
import { DeadlineBadge } from "../src/components/Badges";
import { BoardCard } from "../src/components/BoardCard";
import { DEADLINE_STATES, DEADLINE_STATE_HEX, type DeadlineState } from "../src/labels";
import { requestCard, withGraph } from "./support/graph";

afterEach(cleanup);

function badge(state: DeadlineState, locale: Locale = "zh-CN") {
  render(withGraph(<DeadlineBadge state={state} locale={locale} />, [], locale));
  return screen.getByTestId("deadline-badge");
}

/** happy-dom keeps inline colours as written or as rgb(); compare both ways. */
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
};

describe("the traffic light (deadlineState)", () => {
  it("is green 按时, yellow 临期, red 超时 and grey 已达标", () => {
    const expected: Record<DeadlineState, [string, string]> = {
      ON_TRACK: ["按时", "#43a047"],
      DUE_SOON: ["临期", "#f5a623"],
      OVERDUE: ["超时", "#e53935"],
      MET: ["已达标", "#8c8c8c"],
    };
    for (const state of DEADLINE_STATES) {
      const node = badge(state);
      const [text, hex] = expected[state];
      expect(node.getAttribute("data-deadline-state")).toBe(state);
      expect(node.textContent).toBe(text);
      expect(DEADLINE_STATE_HEX[state]).toBe(hex);
      expect([hex, rgb(hex)]).toContain(node.style.color);
      cleanup();
    }
  });

  it("speaks English when the UI does", () => {
    expect(badge("DUE_SOON", "en-US").textContent).toBe("Due soon");
    cleanup();
    expect(badge("MET", "en-US").textContent).toBe("Met");
  });

  it("shows on a board card, with the card's state for the tests and the anonymous mark", () => {
    render(
      withGraph(
        <RemoteRouter basePath="/requests">
          <BoardCard request={requestCard({ status: "ACCEPTED", deadlineState: "DUE_SOON", anonymous: true })} locale="zh-CN" />
        </RemoteRouter>,
        [],
      ),
    );
    const card = screen.getByTestId("board-card");
    expect(card.getAttribute("data-deadline-state")).toBe("DUE_SOON");
    expect(within(card).getByTestId("deadline-badge").textContent).toBe("临期");
    expect(within(card).getByTestId("anonymous-tag").textContent).toBe("匿名");
  });
});
