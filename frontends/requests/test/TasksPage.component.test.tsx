import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { DocumentNode } from "graphql";
import { RemoteRouter } from "@dongting/ui-kit";
import { TasksPage } from "../src/pages/TasksPage";
import { MY_TASKS, REASSIGN_TASK, RESOLVE_TASK, START_TASK, UNITS_FOR_DISPATCH } from "../src/graph/workorders";
import { PermissionsContext, permissionsOf } from "../src/hooks/usePermissions";
import { answers, withGraph } from "./support/graph";

afterEach(cleanup);

/** 刘洋 (persona 5), a volunteer and the leader of the patrol's unit. */
const LIU_YANG = "00000000-0000-4000-8000-000000000005";
const ZHOU = "00000000-0000-4000-8000-000000000011";

const PATROL_UNIT = { __typename: "ServiceUnit", id: "u-3", name: "七宝巡逻队", forceKind: "VOLUNTEER" };

const task = (id: string, code: string, status: string, deadlineState: string, assignee: { id: string; name: string } | null = null) => ({
  __typename: "ResidentRequest",
  id,
  code,
  title: `楼道堆物-${code}`,
  status,
  category: "环境卫生",
  urgency: "YELLOW",
  level: "GRID",
  deadlineState,
  submittedAt: "2026-06-14T02:00:00.000Z",
  respondBy: "2026-06-15T02:00:00.000Z",
  resolveBy: "2026-06-17T02:00:00.000Z",
  units: [PATROL_UNIT],
  assignment: { __typename: "Assignment", assigneePerson: assignee ? { __typename: "Person", ...assignee } : null },
});

const TODO = [task("r-1", "DT-2026-000201", "ASSIGNED", "ON_TRACK"), task("r-2", "DT-2026-000202", "IN_PROGRESS", "DUE_SOON")];

const page = (nodes: ReturnType<typeof task>[]) => ({
  requests: {
    __typename: "ResidentRequestConnection",
    totalCount: nodes.length,
    pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({ __typename: "ResidentRequestEdge", cursor: node.id, node })),
  },
});

const UNITS = {
  serviceUnits: [
    {
      ...PATROL_UNIT,
      active: true,
      leader: { __typename: "Person", id: LIU_YANG },
      members: [
        { __typename: "Person", id: LIU_YANG, name: "刘洋" },
        { __typename: "Person", id: ZHOU, name: "周强" },
      ],
    },
  ],
};

const todoFilter = { filter: { assignedToMe: true, status: ["ASSIGNED", "IN_PROGRESS"] }, first: 20 };

function renderTasks(mocks: Parameters<typeof withGraph>[1], personId = LIU_YANG) {
  render(
    withGraph(
      <PermissionsContext.Provider value={permissionsOf({ personId, roles: ["VOLUNTEER"] })}>
        <RemoteRouter basePath="/requests">
          <TasksPage locale="zh-CN" />
        </RemoteRouter>
      </PermissionsContext.Provider>,
      [answers(UNITS_FOR_DISPATCH, UNITS, {}), answers(MY_TASKS, page(TODO), todoFilter), ...mocks],
    ),
  );
}

const row = async (id: string) => {
  await screen.findByText(`楼道堆物-${id === "r-1" ? "DT-2026-000201" : "DT-2026-000202"}`);
  return document.querySelector<HTMLElement>(`tr[data-request-id="${id}"]`)!;
};

describe("我的任务", () => {
  it("lists what the viewer's units still have to do, with the traffic light, the unit and the moves", async () => {
    renderTasks([]);
    const first = await row("r-1");
    expect(within(first).getByTestId("deadline-badge").textContent).toBe("按时");
    expect(within(first).getByText("七宝巡逻队")).toBeTruthy();
    expect(within(first).getByText("首接负责")).toBeTruthy();
    expect(first.querySelector('[data-action="start"]')).not.toBeNull();
    expect(first.querySelector('[data-action="resolve"]')).not.toBeNull();
    const second = await row("r-2");
    expect(within(second).getByTestId("deadline-badge").textContent).toBe("临期");
    // Already started: no second start.
    expect(second.querySelector('[data-action="start"]')).toBeNull();
    // 刘洋 leads the unit: he may hand it to another member.
    await waitFor(() => expect(second.querySelector('[data-action="reassign"]')).not.toBeNull());
  });

  it("starts a task and resolves one with the required note, asking only for what a member may read", async () => {
    const sent: unknown[] = [];
    const track = (query: DocumentNode, result: Record<string, unknown>) => ({
      request: { query, variables: (variables: Record<string, unknown>) => (sent.push(variables), true) },
      result,
    });
    renderTasks([
      track(START_TASK, { data: { startRequest: { ...TODO[0], status: "IN_PROGRESS" } } }),
      track(RESOLVE_TASK, { data: { resolveRequest: { ...TODO[1], status: "RESOLVED", deadlineState: "MET" } } }),
    ]);
    const user = userEvent.setup();
    await user.click((await row("r-1")).querySelector<HTMLElement>('[data-action="start"]')!);
    await screen.findByText("已开始办理");
    await user.click((await row("r-2")).querySelector<HTMLElement>('[data-action="resolve"]')!);
    const dialog = await screen.findByTestId("resolve-dialog");
    expect((within(dialog).getByTestId("dialog-ok") as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(dialog).getByTestId("resolve-note"), " 已清理楼道堆物 ");
    await user.click(within(dialog).getByTestId("dialog-ok"));
    await screen.findByText("已办结，等待居民评价");
    expect(sent).toEqual([{ id: "r-1" }, { id: "r-2", note: "已清理楼道堆物" }]);
  });

  it("lets the unit's leader reassign to another member of the unit", async () => {
    const sent: unknown[] = [];
    renderTasks([
      {
        request: { query: REASSIGN_TASK, variables: (variables: Record<string, unknown>) => (sent.push(variables), true) },
        result: { data: { dispatchRequest: task("r-2", "DT-2026-000202", "IN_PROGRESS", "DUE_SOON", { id: ZHOU, name: "周强" }) } },
      },
    ]);
    const user = userEvent.setup();
    const second = await row("r-2");
    await waitFor(() => expect(second.querySelector('[data-action="reassign"]')).not.toBeNull());
    await user.click(second.querySelector<HTMLElement>('[data-action="reassign"]')!);
    const dialog = await screen.findByTestId("reassign-dialog");
    await user.click(within(within(dialog).getByTestId("reassign-member")).getByRole("combobox"));
    await user.click(await screen.findByText("周强"));
    await user.click(within(dialog).getByTestId("dialog-ok"));
    await screen.findByText("已改派");
    expect(sent).toEqual([{ id: "r-2", unitId: "u-3", personId: ZHOU }]);
  });

  it("offers no reassignment to a member who does not lead the unit", async () => {
    renderTasks([], ZHOU);
    const second = await row("r-2");
    expect(second.querySelector('[data-action="resolve"]')).not.toBeNull();
    expect(second.querySelector('[data-action="reassign"]')).toBeNull();
  });
});
