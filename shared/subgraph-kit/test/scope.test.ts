import { SignJWT } from "jose";
import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { createTokenVerifier, signDevToken, viewerWithGrants, type Grant } from "../src/auth.js";
import { communitiesToList, reachCondition, reachOf, reaches, type ScopeResolver } from "../src/scope.js";

const secret = "a-test-secret-of-at-least-32-characters";
const verify = createTokenVerifier({ mode: "dev", secret });
const grid = (id: string): Grant["scope"] => ({ kind: "GRID", id });

/** A resolver over a fixed geography: street S has communities A and B; grid g1 is in A; unit u1 is in B. */
function fixedResolver(calls: { n: number }): ScopeResolver {
  return {
    async resolve(_db, scopes) {
      calls.n += 1;
      const communityIds: string[] = [];
      const gridIds: string[] = [];
      const gridCommunityIds: string[] = [];
      for (const scope of scopes) {
        if (scope.kind === "STREET" && scope.id === "S") communityIds.push("A", "B");
        if (scope.kind === "ORG_UNIT" && scope.id === "u1") communityIds.push("B");
        if (scope.kind === "GRID" && scope.id === "g1") {
          gridIds.push("g1");
          gridCommunityIds.push("A");
        }
      }
      return { communityIds, gridIds, gridCommunityIds };
    },
  };
}
const contextOf = (grants: Grant[], calls = { n: 0 }) => ({
  viewer: viewerWithGrants("p-1", grants),
  db: {} as DataSource,
  scopes: fixedResolver(calls),
});

describe("the grants claim", () => {
  it("round-trips scoped grants and holds a roles-only claim GLOBAL", async () => {
    const token = await signDevToken(secret, { personId: "p-1", grants: [{ role: "GRID_LEADER", scope: grid("g1") }] });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({
      personId: "p-1",
      roles: ["GRID_LEADER"],
      grants: [{ role: "GRID_LEADER", scope: { kind: "GRID", id: "g1" } }],
    });
    const legacy = await new SignJWT({ roles: ["COMMUNITY_STAFF"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("p-2")
      .setIssuer("dongting-community-graph")
      .setAudience("dongting-community-graph/api")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    await expect(verify(`Bearer ${legacy}`)).resolves.toMatchObject({
      grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "GLOBAL", id: null } }],
    });
  });

  it("drops malformed grants: unknown roles or kinds, scoped grants without an id", async () => {
    const token = await new SignJWT({
      grants: [
        { role: "KING", scope: { kind: "GLOBAL" } },
        { role: "RESIDENT", scope: { kind: "PLANET", id: "x" } },
        { role: "GRID_LEADER", scope: { kind: "GRID" } },
        { role: "ADMIN" },
        { role: "RESIDENT", scope: { kind: "COMMUNITY", id: "A" } },
      ],
    })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("dongting-community-graph")
      .setAudience("dongting-community-graph/api")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    const viewer = await verify(`Bearer ${token}`);
    expect(viewer.grants).toEqual([{ role: "RESIDENT", scope: { kind: "COMMUNITY", id: "A" } }]);
    expect(viewer.roles).toEqual(["RESIDENT"]);
  });
});

describe("reach", () => {
  it("a grid leader reaches his grid, not its community", async () => {
    const reach = await reachOf(contextOf([{ role: "GRID_LEADER", scope: grid("g1") }]), ["GRID_LEADER"]);
    expect(reaches(reach, { communityId: "A", gridId: "g1" })).toBe(true);
    expect(reaches(reach, { communityId: "A", gridId: "g2" })).toBe(false);
    expect(reaches(reach, { communityId: "A" })).toBe(false);
    expect(reach.touchedCommunityIds).toEqual(["A"]);
  });

  it("only the roles asked for count, ADMIN counts for all, GLOBAL covers everything", async () => {
    const staff = contextOf([{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: "A" } }]);
    expect(reaches(await reachOf(staff, ["STATION_STAFF"]), { communityId: "A" })).toBe(false);
    expect(reaches(await reachOf(staff, ["COMMUNITY_STAFF"]), { communityId: "A" })).toBe(true);
    const admin = contextOf([{ role: "ADMIN", scope: { kind: "GLOBAL", id: null } }]);
    expect((await reachOf(admin, ["STATION_STAFF"])).global).toBe(true);
    expect(reaches(await reachOf(admin, ["STATION_STAFF"]), { communityId: null })).toBe(true);
  });

  it("a street reaches its communities for reading but never for writing", async () => {
    const street = contextOf([{ role: "COMMUNITY_STAFF", scope: { kind: "STREET", id: "S" } }]);
    const read = await reachOf(street, ["COMMUNITY_STAFF"], "read");
    expect(read.communityIds.sort()).toEqual(["A", "B"]);
    expect(reaches(await reachOf(street, ["COMMUNITY_STAFF"], "write"), { communityId: "A" })).toBe(false);
  });

  it("resolves once per request and role set (the memo), not per row", async () => {
    const calls = { n: 0 };
    const context = contextOf([{ role: "PARTY_COMMITTEE", scope: { kind: "ORG_UNIT", id: "u1" } }], calls);
    for (let i = 0; i < 5; i += 1) await reachOf(context, ["PARTY_COMMITTEE"]);
    expect(calls.n).toBe(1);
    expect((await reachOf(context, ["PARTY_COMMITTEE"])).communityIds).toEqual(["B"]);
  });

  it("turns a reach into a list condition and the communities a list looks in", async () => {
    const reach = await reachOf(
      contextOf([
        { role: "GRID_LEADER", scope: grid("g1") },
        { role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: "B" } },
      ]),
      "any",
    );
    expect(reachCondition(reach, { community: "r.community_id", grid: "r.grid_id" })).toEqual({
      sql: "(r.community_id = ANY(:reachCommunities) OR r.grid_id = ANY(:reachGrids))",
      parameters: { reachCommunities: ["B"], reachGrids: ["g1"] },
    });
    expect(communitiesToList(reach, "A")).toEqual(["A"]);
    expect(communitiesToList(reach, "C")).toEqual([]);
    expect(communitiesToList(await reachOf(contextOf([{ role: "ADMIN", scope: { kind: "GLOBAL", id: null } }]), "any"), null)).toBe("all");
  });
});
