import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { describe, expect, it } from "vitest";
import { RemoteRouter, navigate, type Locale } from "@dongting/ui-kit";
import { MemberList } from "../src/components/MemberList";
import { ORG_UNIT_MEMBERS } from "../src/graph/org-units";

interface Member {
  id: string;
  name: string;
  kind: "DIRECT" | "SUNK_DOWN";
  unit?: { id: string; name: string };
  joinedAt?: string;
}

const UNIT = { id: "u1", name: "东亭社区党委" };

const member = ({ id, name, kind, unit = UNIT, joinedAt = "2026-06-14T17:30:00.000Z" }: Member) => ({
  __typename: "PersonEdge",
  cursor: `cursor-${id}`,
  node: {
    __typename: "Person",
    id,
    name,
    phone: null,
    partyMembership: { __typename: "PartyMembership", kind, joinedAt, orgUnit: { __typename: "OrgUnit", ...unit } },
  },
});

/** The graph's answer for one page of members; `variables` must match what the list sends exactly. */
function page(
  variables: Record<string, unknown>,
  members: Member[],
  totalCount: number,
  endCursor: string | null,
): MockLink.MockedResponse {
  return {
    request: {
      query: ORG_UNIT_MEMBERS,
      variables: { id: "u1", first: 20, after: null, search: null, includeDescendants: false, ...variables },
    },
    result: {
      data: {
        orgUnit: {
          __typename: "OrgUnit",
          id: "u1",
          members: {
            __typename: "PersonConnection",
            totalCount,
            pageInfo: { __typename: "PageInfo", hasNextPage: endCursor !== null, endCursor },
            edges: members.map(member),
          },
        },
      },
    },
  };
}

function renderList(mocks: MockLink.MockedResponse[], locale: Locale = "zh-CN") {
  navigate("/organisation/units/u1");
  render(
    <MockedProvider mocks={mocks}>
      <RemoteRouter basePath="/organisation">
        <MemberList unitId="u1" locale={locale} />
      </RemoteRouter>
    </MockedProvider>,
  );
  return userEvent.setup();
}

const names = () => screen.queryAllByTestId("member-name").map((cell) => cell.textContent);
const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;

describe("the member list", () => {
  it("shows a page of members with their kind and local joining day, and pages on by cursor", async () => {
    const user = renderList([
      page(
        {},
        [
          { id: "p1", name: "王建国", kind: "DIRECT" },
          { id: "p2", name: "李敏", kind: "SUNK_DOWN" },
        ],
        3,
        "cursor-p2",
      ),
      page({ after: "cursor-p2" }, [{ id: "p3", name: "陈晓", kind: "DIRECT" }], 3, null),
    ]);
    await waitFor(() => expect(names()).toEqual(["王建国", "李敏"]));
    expect(screen.getByText("直管党员")).toBeTruthy();
    expect(screen.getByText("下沉党员")).toBeTruthy();
    // 17:30 UTC on the 14th is already the 15th in the community.
    expect(screen.getAllByText("2026-06-15")).toHaveLength(2);
    expect(screen.getByTestId("members-total").textContent).toBe("共 3 名 · 第 1 页");
    expect(button("members-prev").disabled).toBe(true);
    expect(button("members-next").disabled).toBe(false);

    await user.click(button("members-next"));
    await waitFor(() => expect(names()).toEqual(["陈晓"]));
    expect(screen.getByTestId("members-total").textContent).toBe("共 3 名 · 第 2 页");
    expect(button("members-next").disabled).toBe(true);
    expect(button("members-prev").disabled).toBe(false);
  });

  it("searches by name and, with sub-units included, links each member's own unit", async () => {
    const compound = { id: "u2", name: "新城小区党支部" };
    const user = renderList([
      page({}, [{ id: "p1", name: "王建国", kind: "DIRECT" }], 1, null),
      page({ search: "王" }, [{ id: "p1", name: "王建国", kind: "DIRECT" }], 1, null),
      page(
        { search: "王", includeDescendants: true },
        [
          { id: "p1", name: "王建国", kind: "DIRECT" },
          { id: "p4", name: "王芳", kind: "DIRECT", unit: compound },
        ],
        2,
        null,
      ),
    ]);
    await waitFor(() => expect(names()).toEqual(["王建国"]));
    expect(screen.queryByText("所在组织")).toBeNull();
    await user.type(within(screen.getByTestId("member-search")).getByRole("searchbox"), " 王 {Enter}");
    await user.click(screen.getByTestId("members-include-descendants"));
    await waitFor(() => expect(names()).toEqual(["王建国", "王芳"]));
    expect(screen.getByText("所在组织")).toBeTruthy();
    expect(screen.getByText(compound.name).closest("a")!.getAttribute("href")).toBe("/organisation/units/u2");
  });

  it("says in English when there is nobody, and when nobody matches", async () => {
    const user = renderList([page({}, [], 0, null), page({ search: "Zhao" }, [], 0, null)], "en-US");
    expect(await screen.findByText("No party members")).toBeTruthy();
    expect(screen.getByTestId("members-total").textContent).toBe("0 in all · page 1");
    expect(button("members-next").disabled).toBe(true);
    await user.type(within(screen.getByTestId("member-search")).getByRole("searchbox"), "Zhao{Enter}");
    expect(await screen.findByText("Nobody matches")).toBeTruthy();
  });
});
