import { describe, expect, it } from "vitest";
import { ANONYMOUS, hasAnyRole, resolveViewer, viewerKey } from "../src/viewer";

/** An unsigned token with these claims (remotes only read them to choose which controls to show). */
function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}.signature`;
}

describe("viewer", () => {
  it("prefers the shell's viewer", () => {
    const shell = { personId: "00000000-0000-4000-8000-000000000004", roles: ["RESIDENT" as const] };
    expect(resolveViewer(shell, token({ sub: "x", roles: ["ADMIN"] }))).toBe(shell);
  });

  it("falls back to the token's claims, dropping unknown roles", () => {
    expect(resolveViewer(undefined, token({ sub: "p1", roles: ["PARTY_COMMITTEE", "NOT_A_ROLE"] }))).toEqual({
      personId: "p1",
      roles: ["PARTY_COMMITTEE"],
    });
    expect(resolveViewer(undefined, token({ sub: "p1", personId: "p2", roles: [] }))).toEqual({ personId: "p2", roles: [] });
    expect(resolveViewer(undefined, token({ sub: "anonymous", roles: ["INTEGRATOR"] }))).toEqual({ personId: null, roles: ["INTEGRATOR"] });
  });

  it("reads a grants claim: the roles are the grants' distinct roles, malformed grants dropped", () => {
    const grants = [
      { role: "GRID_LEADER", scope: { kind: "GRID", id: "g1" } },
      { role: "GRID_LEADER", scope: { kind: "GRID", id: "g2" } },
      { role: "RESIDENT", scope: { kind: "COMMUNITY", id: "c1" } },
      { role: "NOT_A_ROLE", scope: { kind: "GRID", id: "g3" } },
      { role: "RESIDENT", scope: { kind: "PLANET", id: "earth" } },
    ];
    expect(resolveViewer(undefined, token({ sub: "p6", grants, roles: ["ADMIN"] }))).toEqual({
      personId: "p6",
      roles: ["GRID_LEADER", "RESIDENT"],
      grants: [
        { role: "GRID_LEADER", scopeKind: "GRID", scopeId: "g1" },
        { role: "GRID_LEADER", scopeKind: "GRID", scopeId: "g2" },
        { role: "RESIDENT", scopeKind: "COMMUNITY", scopeId: "c1" },
      ],
    });
    // A signed-in nobody: an empty grants claim.
    expect(resolveViewer(undefined, token({ sub: "p9", grants: [] }))).toEqual({ personId: "p9", roles: [], grants: [] });
  });

  it("keys an identity by its grants too", () => {
    const grid = (id: string) => ({
      personId: "p",
      roles: ["GRID_LEADER" as const],
      grants: [{ role: "GRID_LEADER" as const, scopeKind: "GRID" as const, scopeId: id }],
    });
    expect(viewerKey(grid("g1"))).not.toBe(viewerKey(grid("g2")));
  });

  it("is anonymous without a readable token", () => {
    expect(resolveViewer(undefined, null)).toEqual(ANONYMOUS);
    expect(resolveViewer(undefined, "garbage")).toEqual({ personId: null, roles: [] });
  });

  it("lets ADMIN pass every role check", () => {
    expect(hasAnyRole({ personId: null, roles: ["ADMIN"] }, ["STATION_STAFF"])).toBe(true);
    expect(hasAnyRole({ personId: "p", roles: ["RESIDENT"] }, ["STATION_STAFF", "COMMUNITY_STAFF"])).toBe(false);
    expect(hasAnyRole({ personId: "p", roles: ["RESIDENT", "COMMUNITY_STAFF"] }, ["STATION_STAFF", "COMMUNITY_STAFF"])).toBe(true);
  });

  it("keys an identity by person and set of roles", () => {
    expect(viewerKey({ personId: "p", roles: ["VOLUNTEER", "RESIDENT"] })).toBe(
      viewerKey({ personId: "p", roles: ["RESIDENT", "VOLUNTEER"] }),
    );
    expect(viewerKey({ personId: "p", roles: ["RESIDENT"] })).not.toBe(viewerKey({ personId: "q", roles: ["RESIDENT"] }));
  });
});
