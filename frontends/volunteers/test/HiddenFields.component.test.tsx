import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LocaleProvider, RemoteRouter, navigate, type Viewer } from "@dongting/ui-kit";
import { SHIFT_DETAIL, SHIFT_SIGNUPS } from "../src/graph/shifts";
import { TEAM_ACCESS, TEAM_DETAIL } from "../src/graph/teams";
import { RemoteContext } from "../src/hooks/useRemote";
import { TeamDetailPage } from "../src/pages/TeamDetailPage";
import { ShiftPage } from "../src/pages/ShiftPage";

afterEach(cleanup);

const RESIDENT: Viewer = { personId: "00000000-0000-4000-8000-000000000004", roles: ["RESIDENT"] };
const VOLUNTEER: Viewer = { personId: "00000000-0000-4000-8000-000000000005", roles: ["VOLUNTEER"] };

/** The read policy's refusal of one field, as the volunteers subgraph sends it. */
const refused = (path: Array<string | number>) => ({
  message: "您无权查看此项信息 (You may not see this information)",
  path,
  extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" },
});

function renderAs(viewer: Viewer, ui: ReactNode, mocks: MockLink.MockedResponse[]) {
  navigate("/volunteers");
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider locale="zh-CN">
        <RemoteContext.Provider value={{ locale: "zh-CN", viewer, graphqlUrl: "/graphql", getToken: () => null }}>
          <RemoteRouter basePath="/volunteers">{ui}</RemoteRouter>
        </RemoteContext.Provider>
      </LocaleProvider>
    </MockedProvider>,
  );
}

const team = (id: string, name: string, leader: { id: string; name: string } | null) => ({
  __typename: "VolunteerTeam",
  id,
  name,
  kind: "PATROL",
  partnerUnit: null,
  memberCount: 12,
  leader: leader ? { __typename: "Person", ...leader } : null,
});

describe("volunteer teams as a resident", () => {
  it("opens a team she is not in: its leader hidden, its members not asked for", async () => {
    const detail = {
      ...team("t1", "七宝巡逻队", null),
      memberHistory: [],
      serviceTime: { __typename: "ServiceTimeSummary", minutes: 600, signups: 10, attended: 9, noShows: 1, volunteers: 6 },
      shifts: [],
    };
    delete (detail as { leader?: unknown }).leader;
    renderAs(RESIDENT, <TeamDetailPage id="t1" />, [
      {
        request: { query: TEAM_ACCESS, variables: { id: "t1" } },
        result: {
          data: { volunteerTeam: { __typename: "VolunteerTeam", id: "t1", leader: null }, myVolunteer: null },
          errors: [refused(["volunteerTeam", "leader"])],
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        // Exactly these variables: a resident outside the team asks for neither members nor records.
        request: {
          query: TEAM_DETAIL,
          variables: (variables) => variables.id === "t1" && variables.withMembers === false && variables.withRecords === false,
        },
        result: { data: { volunteerTeam: detail } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    const page = await screen.findByTestId("team-detail");
    expect(within(screen.getByTestId("team-leader")).getByText("已隐藏")).toBeTruthy();
    expect(screen.getByTestId("members-hidden")).toBeTruthy();
    expect(screen.queryByTestId("team-members")).toBeNull();
    expect(page.querySelector("[data-error-kind]")).toBeNull();
  });
});

describe("a shift as a volunteer of its team who does not lead it", () => {
  it("shows his own sign-up and the team's leader, and does not ask who else signed up", async () => {
    // Five days ahead of the page's clock (useNow), so the sign-up may still be cancelled.
    const startsAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 5 * 86_400_000);
    const iso = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000).toISOString();
    const shift = {
      __typename: "Shift",
      id: "s1",
      title: "周末敬老探访",
      startsAt: iso(0),
      endsAt: iso(120),
      capacity: 6,
      location: "东亭敬老院",
      signupCount: 3,
      team: {
        __typename: "VolunteerTeam",
        id: "t2",
        name: "红色邻里",
        kind: "NEIGHBOURHOOD",
        leader: { __typename: "Person", id: "p-9", name: "孙丽" },
      },
    };
    renderAs(VOLUNTEER, <ShiftPage id="s1" />, [
      {
        request: { query: SHIFT_DETAIL, variables: { id: "s1" } },
        result: {
          data: { shift, myVolunteer: { __typename: "Volunteer", id: "v-liu", teams: [{ __typename: "VolunteerTeam", id: "t2" }] } },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        // Exactly these variables: his own sign-ups of the shift's start, and no sign-up list (its leader's and staff's).
        request: {
          query: SHIFT_SIGNUPS,
          variables: { id: "s1", from: iso(0), to: iso(1), withSignups: false },
        },
        result: {
          data: {
            shift: { __typename: "Shift", id: "s1" },
            myVolunteer: {
              __typename: "Volunteer",
              id: "v-liu",
              shiftSignups: [
                {
                  __typename: "ShiftSignup",
                  id: "su-1",
                  checkedInAt: null,
                  checkedOutAt: null,
                  minutes: 0,
                  noShow: false,
                  shift: { __typename: "Shift", id: "s1" },
                },
              ],
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);
    const page = await screen.findByTestId("shift-detail");
    expect(within(page).getByText("孙丽")).toBeTruthy();
    expect(await screen.findByTestId("signups-hidden")).toBeTruthy();
    // His own sign-up is known: the buttons offer to cancel it, not to sign up.
    const status = screen.getByTestId("my-shift-status");
    await waitFor(() => expect(status.querySelector('[data-action="cancel"]')).not.toBeNull());
    expect(status.querySelector('[data-action="sign-up"]')).toBeNull();
    expect(page.querySelector("[data-error-kind]")).toBeNull();
  });
});
