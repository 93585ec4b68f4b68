import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ShellApp } from "../src/ShellApp";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

const STREET = "00000000-0000-4000-a004-000000000001";
const community = (n: number, code: string, name: string, grids: Array<[string, string]>) => ({
  id: `c${n}`,
  code,
  name,
  street: { id: STREET, name: "水果湖街道党工委" },
  committee: { id: `u${n}`, name: `${name}党委` },
  grids: grids.map(([id, gridName]) => ({ id, name: gridName })),
});
const COMMUNITIES = [
  community(1, "DT", "东亭社区", [["g1", "东亭第一网格"]]),
  community(2, "SG", "水果湖社区", [["g11", "水果湖第一网格"]]),
  community(3, "LY", "梨园社区", []),
];

/** An unsigned token (the shell only reads its claims) with `exp` an hour ahead. */
function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${encode({ alg: "HS256" })}.${encode({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 })}.sig`;
}

function signedInAs(
  personaKey: string,
  grants: Array<{ role: string; scopeKind: string; scopeId: string }>,
  communities: unknown[],
  name: string,
) {
  const claims = { sub: "p", grants: grants.map((g) => ({ role: g.role, scope: { kind: g.scopeKind, id: g.scopeId } })) };
  sessionStorage.setItem("dongting.session", JSON.stringify({ token: token(claims), personaKey }));
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify({ data: { viewer: { person: { name }, grants, communities } } }), { status: 200 })),
  );
  render(
    <ShellApp
      boot={{
        config: { graphqlUrl: "http://graph.test/graphql", authUrl: "http://graph.test/auth/dev-token" } as never,
        remotes: {},
        remotesError: null,
      }}
    />,
  );
}

describe("the shell header", () => {
  it("names the street staff member's scope and offers every community, all first", async () => {
    signedInAs("street-staff", [{ role: "COMMUNITY_STAFF", scopeKind: "STREET", scopeId: STREET }], COMMUNITIES, "孙建华");
    await waitFor(() => expect(screen.getByTestId("current-persona").getAttribute("data-name-source")).toBe("graph"));
    expect(screen.getByTestId("current-scope").textContent).toBe("街道 · 水果湖街道党工委");
    expect(screen.getByTestId("community-switch").getAttribute("data-value")).toBe("all");
    expect(screen.getByTestId("current-persona").getAttribute("data-community-id")).toBe("");
  });

  it("names the grid leader's grid and offers no switcher for one community", async () => {
    signedInAs("grid-leader", [{ role: "GRID_LEADER", scopeKind: "GRID", scopeId: "g1" }], COMMUNITIES.slice(0, 1), "赵强");
    await waitFor(() => expect(screen.getByTestId("current-persona").getAttribute("data-name-source")).toBe("graph"));
    expect(screen.getByTestId("current-scope").textContent).toBe("网格长 · 东亭第一网格");
    expect(screen.queryByTestId("community-switch")).toBeNull();
    expect(screen.getByTestId("current-persona").getAttribute("data-community-id")).toBe("c1");
  });

  it("lists every slice in the navigation, 居民议事 (the residents' council) last", async () => {
    signedInAs("resident", [{ role: "RESIDENT", scopeKind: "COMMUNITY", scopeId: "c1" }], COMMUNITIES.slice(0, 1), "陈晓");
    await waitFor(() => expect(screen.getByTestId("current-persona").getAttribute("data-name-source")).toBe("graph"));
    const labels = screen.getAllByRole("menuitem").map((item) => item.textContent);
    expect(labels).toEqual(["首页", "党组织", "民呼我应", "志愿服务", "乐享驿站", "居民议事"]);
  });
});
