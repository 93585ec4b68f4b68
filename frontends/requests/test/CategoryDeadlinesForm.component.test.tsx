import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { Locale } from "@dongting/ui-kit";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { CategoryDeadlinesForm } from "../src/components/settings/CategoryDeadlinesForm";
import { SET_CATEGORY_DEADLINES } from "../src/graph/workorders";
import type { RequestCategory } from "../src/graph/lookups";
import { refusal, withGraph } from "./support/graph";

afterEach(cleanup);

const deadline = (urgency: string, respondHours: number, resolveHours: number, workingTime: boolean) => ({
  __typename: "CategoryDeadline" as const,
  urgency,
  respondHours,
  resolveHours,
  workingTime,
});

const CATEGORY = {
  __typename: "RequestCategory",
  id: "c-1",
  name: "设施维修",
  defaultLevel: "GRID",
  defaultUrgency: "YELLOW",
  deadlines: [deadline("RED", 2, 24, false), deadline("YELLOW", 24, 72, false), deadline("GREEN", 24, 168, true)],
} as unknown as RequestCategory;

/** setCategoryDeadlines answered with `result` for any variables; what was sent is kept in `sent`. */
function saving(sent: unknown[], result: Record<string, unknown>) {
  return {
    request: {
      query: SET_CATEGORY_DEADLINES,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
}

const saved = { data: { setCategoryDeadlines: { ...CATEGORY } } };

function renderForm(mocks: Parameters<typeof withGraph>[1], locale: Locale = "zh-CN") {
  render(withGraph(<CategoryDeadlinesForm category={CATEGORY} locale={locale} />, mocks, locale));
}

/** The hours input of one urgency (antd's InputNumber renders the input itself). */
const hours = (kind: "respond" | "resolve", urgency: string) => {
  const node = screen.getByTestId(`${kind}-${urgency}`);
  return (node.tagName === "INPUT" ? node : node.querySelector("input")!) as HTMLInputElement;
};

async function setHours(user: ReturnType<typeof userEvent.setup>, kind: "respond" | "resolve", urgency: string, value: string) {
  await user.clear(hours(kind, urgency));
  if (value) await user.type(hours(kind, urgency), value);
}

describe("CategoryDeadlinesForm", () => {
  it("shows the category's hours for red, yellow and green, each in clock or working time", () => {
    renderForm([]);
    expect(hours("respond", "RED").value).toBe("2");
    expect(hours("resolve", "RED").value).toBe("24");
    expect(hours("resolve", "GREEN").value).toBe("168");
    expect(screen.getByTestId("working-GREEN").getAttribute("aria-checked")).toBe("true");
    expect(screen.getByTestId("working-RED").getAttribute("aria-checked")).toBe("false");
    expect(within(screen.getByTestId("working-GREEN")).getByText("计工作时间")).toBeTruthy();
  });

  it("refuses a respond-within longer than resolve-within, or under an hour, before sending anything", async () => {
    const sent: unknown[] = [];
    renderForm([saving(sent, saved)]);
    const user = userEvent.setup();
    await setHours(user, "respond", "RED", "30");
    await user.click(screen.getByTestId("save-deadlines"));
    expect(await screen.findByText("响应时限不能长于办结时限")).toBeTruthy();
    await setHours(user, "respond", "RED", "0");
    await user.click(screen.getByTestId("save-deadlines"));
    expect(await screen.findByText("响应时限至少 1 小时")).toBeTruthy();
    await setHours(user, "resolve", "YELLOW", "");
    await user.click(screen.getByTestId("save-deadlines"));
    expect(await screen.findByText("请填写此项")).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it("sends exactly the three urgencies, red first, with the edited hours and time basis", async () => {
    const sent: unknown[] = [];
    renderForm([saving(sent, saved)]);
    const user = userEvent.setup();
    // Lengthening resolve-within makes a respond-within that was too long acceptable again.
    await setHours(user, "respond", "YELLOW", "96");
    await setHours(user, "resolve", "YELLOW", "120");
    await user.click(screen.getByTestId("working-YELLOW"));
    await user.click(screen.getByTestId("save-deadlines"));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      categoryId: "c-1",
      deadlines: [
        { urgency: "RED", respondHours: 2, resolveHours: 24, workingTime: false },
        { urgency: "YELLOW", respondHours: 96, resolveHours: 120, workingTime: true },
        { urgency: "GREEN", respondHours: 24, resolveHours: 168, workingTime: true },
      ],
    });
    expect(await screen.findByText("设施维修 的时限已保存")).toBeTruthy();
  });

  it("words the graph's refusal from the requests reasons, in either language", async () => {
    const reason = REQUESTS_REASONS.DEADLINE_HOURS_INVALID;
    for (const [locale, text] of [
      ["zh-CN", reason.zh],
      ["en-US", reason.en],
    ] as const) {
      renderForm(
        [saving([], refusal(`${reason.zh} (${reason.en})`, { code: "BAD_USER_INPUT", reason: "DEADLINE_HOURS_INVALID" }))],
        locale,
      );
      const user = userEvent.setup();
      await user.click(screen.getByTestId("save-deadlines"));
      const error = await screen.findByTestId("graph-error");
      expect(error.getAttribute("data-reason")).toBe("DEADLINE_HOURS_INVALID");
      expect(within(error).getByText(text)).toBeTruthy();
      cleanup();
    }
  });
});
