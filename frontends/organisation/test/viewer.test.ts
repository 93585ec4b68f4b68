import { describe, expect, it } from "vitest";
import { permissionsOf, resolveViewer } from "../src/viewer";

/** An unsigned token with these claims (the remote only reads them to choose which controls to show). */
function token(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}.signature`;
}

describe("viewer and permissions", () => {
  it("lets only the party committee (and ADMIN) edit the party tree", () => {
    expect(permissionsOf({ personId: "p", roles: ["PARTY_COMMITTEE"] })).toMatchObject({ editTree: true, editGrid: true });
    expect(permissionsOf({ personId: null, roles: ["ADMIN"] })).toMatchObject({ editTree: true, editGrid: true });
    expect(permissionsOf({ personId: "p", roles: ["COMMUNITY_STAFF"] })).toMatchObject({ editTree: false, editGrid: true });
    expect(permissionsOf({ personId: "p", roles: ["RESIDENT"] })).toMatchObject({ editTree: false, editGrid: false });
    expect(permissionsOf({ personId: null, roles: ["INTEGRATOR", "GRID_LEADER"] })).toMatchObject({ editTree: false, editGrid: false });
  });

  it("prefers the shell's viewer and falls back to the token's claims", () => {
    const shell = { personId: "00000000-0000-4000-8000-000000000004", roles: ["RESIDENT" as const] };
    expect(resolveViewer(shell, token({ sub: "x", roles: ["ADMIN"] }))).toBe(shell);
    expect(resolveViewer(undefined, token({ sub: "p1", roles: ["PARTY_COMMITTEE", "NOT_A_ROLE"] }))).toEqual({
      personId: "p1",
      roles: ["PARTY_COMMITTEE"],
    });
    expect(resolveViewer(undefined, token({ sub: "anonymous", roles: ["INTEGRATOR"] }))).toEqual({ personId: null, roles: ["INTEGRATOR"] });
    expect(resolveViewer(undefined, null)).toEqual({ personId: null, roles: [] });
    expect(resolveViewer(undefined, "garbage")).toEqual({ personId: null, roles: [] });
  });
});
