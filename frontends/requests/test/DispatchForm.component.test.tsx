import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DispatchForm } from "../src/components/DispatchForm";
import { DISPATCH_REQUEST, UNITS_FOR_DISPATCH } from "../src/graph/workorders";
import type { RequestCard } from "../src/graph/requests";
import type { ForceKind } from "../src/labels";
import { COMMUNITY_ID, answers, refusal, requestCard, withGraph } from "./support/graph";

afterEach(cleanup);

const person = (id: string, name: string) => ({ __typename: "Person", id, name });
const unit = (id: string, name: string, forceKind: string, members: ReturnType<typeof person>[] = [], active = true) => ({
  __typename: "ServiceUnit",
  id,
  name,
  forceKind,
  active,
  leader: members[0] ? { __typename: "Person", id: members[0].id } : null,
  members,
});

const UNITS = {
  serviceUnits: [
    unit("u-1", "东亭社区网格员", "COMMUNITY_STAFF", [person("p-2", "李敏")]),
    unit("u-2", "东亭物业维修班", "PUBLIC_SERVICE", [person("p-8", "王师傅"), person("p-9", "赵师傅")]),
    unit("u-3", "七宝巡逻队", "VOLUNTEER", [person("p-5", "刘洋")]),
    unit("u-4", "已撤销的维修队", "PUBLIC_SERVICE", [], false),
  ],
};

const ref = (id: string, name: string, forceKind: ForceKind) => ({ __typename: "ServiceUnit", id, name, forceKind });

/** dispatchRequest answered with `result` for any variables; what was sent is kept in `sent`. */
function dispatching(sent: unknown[], result: Record<string, unknown>) {
  return {
    request: {
      query: DISPATCH_REQUEST,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
}

function renderForm(request: RequestCard, mocks: Parameters<typeof withGraph>[1]) {
  const onDone = vi.fn();
  render(
    withGraph(<DispatchForm request={request} locale="zh-CN" onCancel={vi.fn()} onDone={onDone} />, [
      answers(UNITS_FOR_DISPATCH, UNITS, { communityId: COMMUNITY_ID }),
      ...mocks,
    ]),
  );
  return onDone;
}

const accepted = (patch: Partial<RequestCard> = {}) =>
  requestCard({
    status: "ACCEPTED",
    level: "GRID",
    urgency: "YELLOW",
    suggestedUnit: ref("u-2", "东亭物业维修班", "PUBLIC_SERVICE"),
    ...patch,
  });

/** The text the unit picker shows as chosen. */
const chosenUnit = () => screen.getByTestId("dispatch-unit").querySelector(".ant-select-content, .ant-select-selection-item")?.textContent;

describe("DispatchForm", () => {
  it("preselects the unit the dispatch rules suggest and sends it as the leading unit", async () => {
    const sent: unknown[] = [];
    const onDone = renderForm(accepted(), [dispatching(sent, { data: { dispatchRequest: accepted({ status: "ASSIGNED" }) } })]);
    expect(await screen.findByText("按派单规则建议：东亭物业维修班")).toBeTruthy();
    await waitFor(() => expect(chosenUnit()).toContain("东亭物业维修班"));
    expect(screen.getByText("首个承办单位为首接负责单位，之后派出的为协办单位")).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("dialog-ok"));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([{ id: "r-1", unitId: "u-2", personId: null, note: null }]);
  });

  it("sends the member picked from the unit and the trimmed note", async () => {
    const sent: unknown[] = [];
    const onDone = renderForm(accepted(), [dispatching(sent, { data: { dispatchRequest: accepted({ status: "ASSIGNED" }) } })]);
    const user = userEvent.setup();
    await waitFor(() => expect(chosenUnit()).toContain("东亭物业维修班"));
    await user.click(within(screen.getByTestId("dispatch-member")).getByRole("combobox"));
    await user.click(await screen.findByText("赵师傅"));
    await user.type(screen.getByTestId("dispatch-note"), "  今天下班前到场 ");
    await user.click(screen.getByTestId("dialog-ok"));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([{ id: "r-1", unitId: "u-2", personId: "p-9", note: "今天下班前到场" }]);
  });

  it("lists the units already handling the request, the leading one first, and offers only the others", async () => {
    const handled = accepted({
      status: "ASSIGNED",
      suggestedUnit: null,
      units: [ref("u-2", "东亭物业维修班", "PUBLIC_SERVICE"), ref("u-3", "七宝巡逻队", "VOLUNTEER")],
    });
    renderForm(handled, []);
    const units = screen.getAllByTestId("handling-unit");
    expect(units.map((entry) => [entry.getAttribute("data-unit-id"), entry.getAttribute("data-leading")])).toEqual([
      ["u-2", "true"],
      ["u-3", "false"],
    ]);
    expect(within(units[0]!).getByText("首接负责")).toBeTruthy();
    expect(within(units[1]!).getByText("协办")).toBeTruthy();
    expect(screen.getByTestId("dialog-ok").textContent).toContain("增加协办单位");
    const user = userEvent.setup();
    await user.click(within(screen.getByTestId("dispatch-unit")).getByRole("combobox"));
    await screen.findByText("东亭社区网格员");
    const offered = [...document.querySelectorAll(".ant-select-item-option [data-unit-id]")].map((node) =>
      node.getAttribute("data-unit-id"),
    );
    // Handling units are not offered again; inactive ones never.
    expect(offered).toEqual(["u-1"]);
  });

  it("shows the graph's refusal by its reason", async () => {
    renderForm(accepted(), [
      dispatching(
        [],
        refusal("该承办单位不属于诉求所在社区 (unit of another community)", { code: "BAD_USER_INPUT", reason: "UNIT_NOT_IN_COMMUNITY" }),
      ),
    ]);
    const user = userEvent.setup();
    await waitFor(() => expect(chosenUnit()).toContain("东亭物业维修班"));
    await user.click(screen.getByTestId("dialog-ok"));
    const error = await screen.findByTestId("graph-error");
    expect(error.getAttribute("data-reason")).toBe("UNIT_NOT_IN_COMMUNITY");
  });
});
