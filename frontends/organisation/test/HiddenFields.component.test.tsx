import { cleanup, render, screen, within } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider, type Viewer } from "@dongting/ui-kit";
import { OrgUnitDetail } from "../src/components/OrgUnitDetail";
import { GRIDS } from "../src/graph/grids";
import { ORG_UNIT_DETAIL } from "../src/graph/org-units";
import { PermissionsContext, permissionsOf } from "../src/hooks/permissions";
import { OrgTreeContext, type OrgTreeApi } from "../src/hooks/useOrgTree";
import { GridPage } from "../src/pages/GridPage";

afterEach(cleanup);

const RESIDENT: Viewer = { personId: "00000000-0000-4000-8000-000000000004", roles: ["RESIDENT"] };

/** The read policy's refusal of one field, as the organisation subgraph sends it. */
const refused = (path: Array<string | number>) => ({
  message: "您无权查看此项信息 (You may not see this information)",
  path,
  extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" },
});

function renderAs(viewer: Viewer, ui: ReactNode, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider locale="zh-CN">
        <PermissionsContext.Provider value={permissionsOf(viewer)}>{ui}</PermissionsContext.Provider>
      </LocaleProvider>
    </MockedProvider>,
  );
}

const summary = (id: string, name: string, kind: string) => ({ __typename: "OrgUnit", id, name, kind, form: null });

describe("a resident on the party and grid trees", () => {
  it("reads a unit's facts with the secretary hidden, and no member list or history", async () => {
    const unit = {
      ...summary("u-3", "东亭小区党支部", "COMPOUND_ORGANISATION"),
      parent: summary("u-2", "东亭社区党委", "COMMUNITY_COMMITTEE"),
      ancestors: [summary("u-2", "东亭社区党委", "COMMUNITY_COMMITTEE")],
      children: [],
      secretary: null,
      memberCount: 12,
      totalMembers: 30,
    };
    const tree = { reveal: async () => {}, refreshAround: async () => {} } as unknown as OrgTreeApi;
    renderAs(
      RESIDENT,
      <OrgTreeContext.Provider value={tree}>
        <OrgUnitDetail id="u-3" locale="zh-CN" />
      </OrgTreeContext.Provider>,
      [
        {
          request: { query: ORG_UNIT_DETAIL, variables: { id: "u-3" } },
          result: { data: { orgUnit: unit }, errors: [refused(["orgUnit", "secretary"])] },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    );
    const detail = await screen.findByTestId("org-unit-detail");
    expect(within(screen.getByTestId("unit-secretary")).getByText("已隐藏")).toBeTruthy();
    expect(screen.getByTestId("unit-member-count").getAttribute("data-total")).toBe("30");
    expect(screen.queryByTestId("tab-members")).toBeNull();
    expect(detail.querySelector("[data-error-kind]")).toBeNull();
  });

  it("names her own grid leader and hides the others'", async () => {
    const grid = (id: string, name: string, leader: { id: string; name: string } | null) => ({
      __typename: "Grid",
      id,
      code: id.toUpperCase(),
      name,
      households: 100,
      leader: leader ? { __typename: "Person", ...leader } : null,
    });
    renderAs(RESIDENT, <GridPage locale="zh-CN" />, [
      {
        request: { query: GRIDS },
        result: {
          data: {
            grids: [
              grid("g1", "东亭第一网格", null),
              grid("g2", "东亭第二网格", { id: "00000000-0000-4000-8000-000000000006", name: "赵强" }),
              grid("g3", "东亭第三网格", null),
            ],
          },
          errors: [refused(["grids", 0, "leader"])],
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    const tree = await screen.findByTestId("grid-tree");
    const leaders = within(tree).getAllByTestId("leader");
    expect(leaders.map((leader) => leader.textContent)).toEqual(["网格长：已隐藏", "网格长：赵强", "网格长：无"]);
    expect(leaders[0]!.getAttribute("data-hidden-field")).toBe("true");
    expect(tree.querySelector("[data-error-kind]")).toBeNull();
  });
});
