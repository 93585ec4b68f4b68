import { cleanup, render, screen, within } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider, type Viewer } from "@dongting/ui-kit";
import { PERSON_PAGE, PERSON_REQUESTS } from "../src/graph/person-records";
import { PermissionsContext, permissionsOf } from "../src/hooks/permissions";
import { PersonPage } from "../src/pages/PersonPage";

afterEach(cleanup);

const refused = (path: Array<string | number>) => ({
  message: "您无权查看此项信息 (You may not see this information)",
  path,
  extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" },
});

const PERSON = {
  __typename: "Person",
  id: "p4",
  name: "陈晓",
  phone: "138****0004",
  maskedIdNumber: null,
  roles: [],
  community: { __typename: "Community", id: "c1", name: "东亭社区" },
  neighbourhood: { __typename: "Neighbourhood", id: "n4", name: "东亭小邻里4", grid: { __typename: "Grid", id: "g4", name: "第4网格" } },
  building: null,
  grants: [],
  partyMembership: null,
  volunteer: null,
};

function renderPage(viewer: Viewer, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider locale="zh-CN">
        <PermissionsContext.Provider value={permissionsOf(viewer)}>
          <PersonPage id="p4" locale="zh-CN" />
        </PermissionsContext.Provider>
      </LocaleProvider>
    </MockedProvider>,
  );
}

describe("the person page", () => {
  it("shows each withheld part as 无权查看 and the rest, not a failed page", async () => {
    renderPage({ personId: "p3", roles: ["STATION_STAFF"] }, [
      {
        request: { query: PERSON_PAGE, variables: () => true },
        result: {
          data: { person: PERSON },
          errors: [refused(["person", "maskedIdNumber"]), refused(["person", "partyMembership"]), refused(["person", "volunteer"])],
        },
      },
      {
        request: { query: PERSON_REQUESTS, variables: { submitterId: "p4" } },
        result: {
          data: null,
          errors: [{ message: "no", path: ["requests"], extensions: { code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" } }],
        },
      },
    ]);
    await screen.findByTestId("person-page");
    expect(screen.getByTestId("person-name").textContent).toBe("陈晓");
    expect(screen.getByTestId("person-home").textContent).toBe("第4网格 / 东亭小邻里4");
    expect(screen.getByTestId("person-id-number").textContent).toBe("无权查看");
    expect(screen.getByTestId("person-membership").textContent).toBe("无权查看");
    // The requests come from their own query: a refused list is withheld too, not a failure.
    await within(screen.getByTestId("person-requests")).findByTestId("withheld");
    expect(screen.getAllByTestId("withheld")).toHaveLength(4);
    // A viewer who may not edit people gets no editing control.
    expect(screen.queryByTestId("person-edit")).toBeNull();
  });

  it("shows staff the masked ID number, membership with transfer and sunk-down controls, and volunteer service", async () => {
    const person = {
      ...PERSON,
      maskedIdNumber: "420106********0042",
      partyMembership: {
        __typename: "PartyMembership",
        kind: "DIRECT",
        joinedAt: "2020-07-01T01:00:00.000Z",
        orgUnit: { __typename: "OrgUnit", id: "u3", name: "东亭小区党支部" },
      },
      volunteer: {
        __typename: "Volunteer",
        id: "v4",
        serviceMinutes: 600,
        teams: [{ __typename: "VolunteerTeam", id: "t1", name: "七宝巡逻队" }],
        serviceTime: { __typename: "ServiceTimeSummary", minutes: 120, creditedMinutes: 90, attended: 2, noShows: 0 },
      },
    };
    renderPage({ personId: "p2", roles: ["COMMUNITY_STAFF"] }, [
      { request: { query: PERSON_PAGE, variables: () => true }, result: { data: { person } } },
      {
        request: { query: PERSON_REQUESTS, variables: { submitterId: "p4" } },
        result: { data: { requests: { __typename: "ResidentRequestConnection", totalCount: 0, edges: [] } } },
      },
    ]);
    await screen.findByTestId("person-page");
    expect(screen.getByTestId("person-id-number").textContent).toBe("420106********0042");
    expect(screen.getByTestId("person-membership").getAttribute("data-org-unit-id")).toBe("u3");
    expect(screen.getByTestId("person-transfer")).toBeTruthy();
    expect(screen.getByTestId("person-sunk-down")).toBeTruthy();
    expect(screen.getByTestId("person-volunteer").textContent).toContain("累计服务 10 小时");
    expect(screen.getByTestId("person-volunteer").textContent).toContain("七宝巡逻队");
    expect(await screen.findByText("暂无诉求")).toBeTruthy();
  });
});
