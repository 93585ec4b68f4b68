import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { REQUEST_DETAIL, REQUEST_PROPOSALS } from "../src/graph/requests";
import { RequestPage } from "../src/pages/RequestPage";
import { PermissionsContext, permissionsOf } from "../src/hooks/usePermissions";
import { RESIDENT_ID, answers, requestCard, withGraph } from "./support/graph";

afterEach(cleanup);

/** The read policy's refusal of one field, as the gateway passes it on. */
const refused = (path: Array<string | number>) => ({
  message: "您无权查看此项信息 (You may not see this information)",
  path,
  extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" },
});

const event = (type: string, actor: { id: string; name: string } | null, note: string | null = null) => ({
  __typename: "RequestEvent",
  at: "2026-06-15T02:00:00.000Z",
  type,
  note,
  actor: actor ? { __typename: "Person", ...actor } : null,
});

/** 陈晓's own request: her own step names her, the staff's steps come without their names. */
const detail = {
  request: {
    ...requestCard({
      status: "ASSIGNED",
      assignment: {
        __typename: "Assignment",
        forceKind: "PROPERTY",
        assigneeName: "物业王师傅",
        assignedAt: "2026-06-15T03:00:00.000Z",
        volunteerTeam: null,
        assigneePerson: null,
      } as never,
    }),
    description: "3栋2单元楼道灯不亮已一周",
    respondedAt: "2026-06-15T03:00:00.000Z",
    resolvedAt: null,
    neighbourhood: { __typename: "Neighbourhood", id: "n-3", name: "东亭小区三邻里" },
    patrolShift: null,
    events: [
      event("SUBMITTED", { id: RESIDENT_ID, name: "陈晓" }),
      event("ACCEPTED", null),
      event("ASSIGNED", null, "派物业处理"),
      // The system's own step (no actor at all): nothing is hidden there.
      event("REOPENED", null),
    ],
  },
};

describe("a resident's request page", () => {
  it("shows her own steps by name, the staff's as 已隐藏, and the dispatch by the name typed", async () => {
    render(
      withGraph(
        <PermissionsContext.Provider value={permissionsOf({ personId: RESIDENT_ID, roles: ["RESIDENT"] })}>
          <RequestPage id="r-1" locale="zh-CN" />
        </PermissionsContext.Provider>,
        [
          {
            request: { query: REQUEST_DETAIL, variables: { id: "r-1" } },
            result: {
              data: detail,
              errors: [
                refused(["request", "events", 1, "actor", "name"]),
                refused(["request", "events", 2, "actor", "name"]),
                refused(["request", "assignment", "assigneePerson", "name"]),
              ],
            },
            maxUsageCount: Number.POSITIVE_INFINITY,
          },
          answers(REQUEST_PROPOSALS, { request: { __typename: "ResidentRequest", id: "r-1", proposals: [] } }, { id: "r-1" }),
        ],
      ),
    );
    const page = await screen.findByTestId("request-detail");
    const steps = within(page).getAllByTestId("timeline-event");
    expect(steps.map((step) => step.getAttribute("data-event-type"))).toEqual(["SUBMITTED", "ACCEPTED", "ASSIGNED", "REOPENED"]);
    expect(within(steps[0]!).getByText(/陈晓/)).toBeTruthy();
    expect(within(steps[1]!).getByText("已隐藏")).toBeTruthy();
    expect(within(steps[2]!).getByText("已隐藏")).toBeTruthy();
    expect(within(steps[2]!).getByText("派物业处理")).toBeTruthy();
    expect(within(steps[3]!).queryByText("已隐藏")).toBeNull();
    expect(within(page).getByTestId("detail-assignment").textContent).toContain("物业王师傅");
    // Withheld names are not a failure of the page.
    expect(page.querySelector("[data-error-kind]")).toBeNull();
  });
});
