import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import { GrantForm } from "../src/components/GrantForm";
import { scopeName, scopeOptions } from "../src/components/grant-scopes";
import { GRANT_ROLE } from "../src/graph/grants";

afterEach(cleanup);

const COMMUNITIES = [
  {
    id: "c1",
    code: "DT",
    name: "东亭社区",
    street: { id: "s1", name: "水果湖街道" },
    committee: { id: "u2", name: "东亭社区党委" },
    grids: [
      { id: "g1", name: "第1网格" },
      { id: "g2", name: "第2网格" },
    ],
  },
  {
    id: "c2",
    code: "SG",
    name: "水果湖社区",
    street: { id: "s1", name: "水果湖街道" },
    committee: { id: "u17", name: "水果湖社区党委" },
    grids: [],
  },
];
const SCOPES = scopeOptions(COMMUNITIES);

/** Opens an antd Select by its test id and picks the option marked `data-option`. */
async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  // The scope picker is enabled once the form has seen the scope kind.
  await waitFor(() => expect(select.className).not.toContain("ant-select-disabled"));
  fireEvent.mouseDown(select.querySelector("input") ?? select);
  const item = await waitFor(() => {
    const found = document.querySelector(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) [data-option="${option}"]`);
    expect(found).not.toBeNull();
    return found as HTMLElement;
  });
  fireEvent.click(item);
}

function renderForm(mocks: ConstructorParameters<typeof Object>[0][]) {
  const onGranted = vi.fn();
  render(
    <MockedProvider mocks={mocks as never}>
      <GrantForm personId="p9" scopes={SCOPES} locale="zh-CN" onGranted={onGranted} />
    </MockedProvider>,
  );
  return onGranted;
}

const grantRequest = { query: GRANT_ROLE, variables: { personId: "p9", role: "GRID_LEADER", scopeKind: "GRID", scopeId: "g2" } };

describe("granting a role", () => {
  it("offers every community, grid, committee and street as a scope, and names them", () => {
    expect(SCOPES.map((s) => `${s.kind}:${s.id}`)).toEqual([
      "COMMUNITY:c1",
      "GRID:g1",
      "GRID:g2",
      "ORG_UNIT:u2",
      "STREET:s1",
      "ORG_UNIT:s1",
      "COMMUNITY:c2",
      "ORG_UNIT:u17",
    ]);
    expect(scopeName(SCOPES, "GRID", "g2", "zh-CN")).toBe("第2网格（东亭社区）");
    expect(scopeName(SCOPES, "GLOBAL", null, "en-US")).toBe("Everywhere");
  });

  it("grants the role in the picked grid", async () => {
    const onGranted = renderForm([
      {
        request: grantRequest,
        result: {
          data: {
            grantRole: {
              __typename: "RoleGrant",
              id: "rg1",
              role: "GRID_LEADER",
              scopeKind: "GRID",
              scopeId: "g2",
              grantedAt: "2026-06-15T02:00:00.000Z",
            },
          },
        },
      },
    ]);
    await pick("grant-role", "GRID_LEADER");
    await pick("grant-scope-kind", "GRID");
    await pick("grant-scope", "g2");
    fireEvent.click(screen.getByTestId("grant-submit"));
    await waitFor(() => expect(onGranted).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId("grant-error")).toBeNull();
  });

  it("words a refusal with the organisation reason table", async () => {
    const onGranted = renderForm([
      {
        request: grantRequest,
        result: { errors: [new GraphQLError("not covered", { extensions: { code: "FORBIDDEN", reason: "GRANT_SCOPE_NOT_COVERED" } })] },
      },
    ]);
    await pick("grant-role", "GRID_LEADER");
    await pick("grant-scope-kind", "GRID");
    await pick("grant-scope", "g2");
    fireEvent.click(screen.getByTestId("grant-submit"));
    const alert = await screen.findByTestId("grant-error");
    expect(alert.getAttribute("data-reason")).toBe("GRANT_SCOPE_NOT_COVERED");
    expect(alert.textContent).toContain(ORGANISATION_REASONS.GRANT_SCOPE_NOT_COVERED.zh);
    expect(onGranted).not.toHaveBeenCalled();
  });

  it("asks for a scope unless the grant is GLOBAL, and sends none for GLOBAL", async () => {
    const onGranted = renderForm([
      {
        request: { query: GRANT_ROLE, variables: { personId: "p9", role: "ADMIN", scopeKind: "GLOBAL", scopeId: null } },
        result: { errors: [new GraphQLError("admin only", { extensions: { code: "FORBIDDEN", reason: "GRANT_SCOPE_NOT_COVERED" } })] },
      },
    ]);
    await pick("grant-role", "ADMIN");
    await pick("grant-scope-kind", "COMMUNITY");
    await waitFor(() => expect(screen.getByTestId("grant-scope").className).not.toContain("ant-select-disabled"));
    fireEvent.click(screen.getByTestId("grant-submit"));
    await screen.findByText("请选择范围");
    await pick("grant-scope-kind", "GLOBAL");
    await waitFor(() => expect(screen.getByTestId("grant-scope").className).toContain("ant-select-disabled"));
    fireEvent.click(screen.getByTestId("grant-submit"));
    expect((await screen.findByTestId("grant-error")).getAttribute("data-reason")).toBe("GRANT_SCOPE_NOT_COVERED");
    expect(onGranted).not.toHaveBeenCalled();
  });
});
