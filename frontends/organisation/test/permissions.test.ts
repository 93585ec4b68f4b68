import { describe, expect, it } from "vitest";
import { permissionsOf } from "../src/hooks/permissions";

describe("permissions", () => {
  it("lets only the party committee (and ADMIN) edit the party tree", () => {
    expect(permissionsOf({ personId: "p", roles: ["PARTY_COMMITTEE"] })).toMatchObject({ editTree: true, editGrid: true });
    expect(permissionsOf({ personId: null, roles: ["ADMIN"] })).toMatchObject({ editTree: true, editGrid: true });
    expect(permissionsOf({ personId: "p", roles: ["COMMUNITY_STAFF"] })).toMatchObject({ editTree: false, editGrid: true });
    expect(permissionsOf({ personId: "p", roles: ["RESIDENT"] })).toMatchObject({ editTree: false, editGrid: false });
    expect(permissionsOf({ personId: null, roles: ["INTEGRATOR", "GRID_LEADER"] })).toMatchObject({ editTree: false, editGrid: false });
  });
});
