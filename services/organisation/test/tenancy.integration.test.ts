import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEMO_COMMUNITIES,
  demoCommunityId,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
  gridLeaderOf,
} from "@dongting/subgraph-kit/seed";
import { expectRefused, startTestSubgraph, type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { admin, refusalCheck } from "./helpers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});
const refused = refusalCheck(() => subgraph);

const DT = demoCommunityId(1);
const SG = demoCommunityId(2);
const gridLeader: As = { personId: demoPersonId(6), grants: [{ role: "GRID_LEADER", scope: { kind: "GRID", id: demoGridId(1) } }] };
const dongtingStaff: As = { personId: demoPersonId(2), grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: DT } }] };
const streetStaff: As = {
  personId: demoPersonId(7),
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "STREET", id: demoOrgUnitId(1) } }],
};

const COMMUNITIES = `{ communities { id code name street { id } committee { id name } grids { id code community { code } } } }`;
const GRANT = `mutation($p: ID!, $r: Role!, $k: ScopeKind!, $s: ID) { grantRole(personId: $p, role: $r, scopeKind: $k, scopeId: $s) { id role scopeKind scopeId person { id } } }`;
const REVOKE = `mutation($id: ID!) { revokeRole(id: $id) }`;
const GRANTS = `query($id: ID!) { person(id: $id) { grants { role scopeKind scopeId } } }`;
const PEOPLE = `query($first: Int) { people(first: $first) { totalCount edges { node { id community { code } } } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id name phone } }`;
const VIEWER = `{ viewer { person { id } grants { id role scopeKind scopeId } communities { code } } }`;
const FEED = `query($first: Int, $after: String) { geographyFeed(first: $first, after: $after) { places { kind id communityId gridId streetId code name } next } }`;

describe("communities", () => {
  it("lists DT, SG and LY with their street, committee and grids, to anyone", async () => {
    const { data, errors } = await subgraph.request(COMMUNITIES);
    expect(errors).toBeUndefined();
    expect(data!.communities.map((c: { code: string }) => c.code)).toEqual(["DT", "LY", "SG"]);
    const sg = data!.communities.find((c: { code: string }) => c.code === "SG");
    expect(sg).toMatchObject({
      id: SG,
      name: "水果湖社区",
      street: { id: demoOrgUnitId(1) },
      committee: { id: demoOrgUnitId(17), name: "水果湖社区党委" },
    });
    expect(sg.grids.map((g: { id: string }) => g.id)).toEqual([demoGridId(11), demoGridId(12)]);
    expect(sg.grids[0].community.code).toBe("SG");
    const dt = data!.communities.find((c: { code: string }) => c.code === "DT");
    expect(dt.grids).toHaveLength(10);
  });

  it("refuses to move a grid, neighbourhood or unit to another community (the membership trigger)", async () => {
    for (const [table, id] of [
      ["grid", demoGridId(1)],
      ["neighbourhood", demoNeighbourhoodId(1)],
      ["org_unit", demoOrgUnitId(2)],
    ]) {
      await expect(subgraph.db.query(`UPDATE ${table} SET community_id = $1 WHERE id = $2`, [SG, id])).rejects.toThrow(/immutable/);
    }
    const [row] = await subgraph.db.query(`SELECT community_id FROM grid WHERE id = $1`, [demoGridId(1)]);
    expect(row.community_id).toBe(DT);
  });
});

describe("grantRole and revokeRole", () => {
  const target = demoPersonId(30);
  it("grants, shows the grant on the person, and revokes it, recording both", async () => {
    const granted = await subgraph.request(GRANT, { p: target, r: "VOLUNTEER", k: "COMMUNITY", s: DT }, dongtingStaff);
    expect(granted.errors).toBeUndefined();
    const id = granted.data!.grantRole.id;
    const shown = await subgraph.request(GRANTS, { id: target }, dongtingStaff);
    expect(shown.data!.person.grants).toContainEqual({ role: "VOLUNTEER", scopeKind: "COMMUNITY", scopeId: DT });
    expect((await subgraph.request(REVOKE, { id }, dongtingStaff)).data!.revokeRole).toBe(true);
    const after = await subgraph.request(GRANTS, { id: target }, dongtingStaff);
    expect(after.data!.person.grants).not.toContainEqual({ role: "VOLUNTEER", scopeKind: "COMMUNITY", scopeId: DT });
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at, action`, [target]);
    expect(history.map((h: { action: string }) => h.action).sort()).toEqual(["ROLE_GRANTED", "ROLE_REVOKED"]);
  });

  it.each([
    ["another community", { p: target, r: "VOLUNTEER", k: "COMMUNITY", s: SG }, dongtingStaff, "FORBIDDEN", "GRANT_SCOPE_NOT_COVERED"],
    [
      "a street grant (read-mostly)",
      { p: target, r: "VOLUNTEER", k: "COMMUNITY", s: DT },
      streetStaff,
      "FORBIDDEN",
      "GRANT_SCOPE_NOT_COVERED",
    ],
    ["ADMIN by non-admin", { p: target, r: "ADMIN", k: "COMMUNITY", s: DT }, dongtingStaff, "FORBIDDEN", "GRANT_SCOPE_NOT_COVERED"],
    ["GLOBAL by non-admin", { p: target, r: "VOLUNTEER", k: "GLOBAL", s: null }, dongtingStaff, "FORBIDDEN", "GRANT_SCOPE_NOT_COVERED"],
    ["a role that does not grant", { p: target, r: "VOLUNTEER", k: "GRID", s: demoGridId(1) }, gridLeader, "FORBIDDEN", "ROLE_NOT_ALLOWED"],
    ["an unknown grid", { p: target, r: "GRID_LEADER", k: "GRID", s: demoOrgUnitId(2) }, admin, "BAD_USER_INPUT", "UNKNOWN_SCOPE"],
    ["a unit as a street", { p: target, r: "GRID_LEADER", k: "STREET", s: demoOrgUnitId(2) }, admin, "BAD_USER_INPUT", "UNKNOWN_SCOPE"],
    ["no scope id", { p: target, r: "GRID_LEADER", k: "GRID", s: null }, admin, "BAD_USER_INPUT", "SCOPE_ID_REQUIRED"],
    ["a GLOBAL scope id", { p: target, r: "ADMIN", k: "GLOBAL", s: DT }, admin, "BAD_USER_INPUT", "SCOPE_ID_NOT_ALLOWED"],
    ["an unknown person", { p: demoPersonId(999_999), r: "VOLUNTEER", k: "COMMUNITY", s: DT }, admin, "NOT_FOUND", "NOT_FOUND"],
    ["a grant held already", { p: demoPersonId(6), r: "GRID_LEADER", k: "GRID", s: demoGridId(1) }, admin, "CONFLICT", "GRANT_EXISTS"],
  ])("refuses %s, writing nothing", async (_label, variables, as, code, reason) => {
    await refused(GRANT, variables, as as As, code, reason);
  });

  it("refuses to revoke a grant out of the revoker's scope", async () => {
    const [grant] = await subgraph.db.query(`SELECT id FROM role_grant WHERE person_id = $1 AND scope_kind = 'COMMUNITY'`, [
      demoPersonId(603),
    ]);
    await refused(REVOKE, { id: grant.id }, dongtingStaff, "FORBIDDEN", "GRANT_SCOPE_NOT_COVERED");
  });

  it("lets one of two concurrent identical grants through (GRANT_EXISTS for the other)", async () => {
    const variables = { p: demoPersonId(31), r: "RESIDENT", k: "COMMUNITY", s: DT };
    const answers = await Promise.all([1, 2, 3].map(() => subgraph.request(GRANT, variables, dongtingStaff)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(2 - 1);
    for (const answer of answers.filter((a) => a.errors)) expectRefused(answer, "CONFLICT", "GRANT_EXISTS");
    const rows = await subgraph.db.query(`SELECT 1 FROM role_grant WHERE person_id = $1 AND role = 'RESIDENT'`, [demoPersonId(31)]);
    expect(rows).toHaveLength(1);
  });

  it("lets a person read their own stored grants with a token naming only them", async () => {
    const answer = await subgraph.request(GRANTS, { id: demoPersonId(6) }, { personId: demoPersonId(6) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.person.grants).toEqual(
      expect.arrayContaining([
        { role: "GRID_LEADER", scopeKind: "GRID", scopeId: demoGridId(1) },
        { role: "VOLUNTEER", scopeKind: "COMMUNITY", scopeId: demoCommunityId(1) },
      ]),
    );
    expect(answer.data!.person.grants).toHaveLength(2);
  });
});

describe("scoped reads", () => {
  it("lists a grid leader only the people of their grid", async () => {
    const { data } = await subgraph.request(PEOPLE, { first: 100 }, gridLeader);
    const [{ total }] = await subgraph.db.query(
      `SELECT count(*)::int AS total FROM person p JOIN neighbourhood n ON n.id = p.neighbourhood_id WHERE n.grid_id = $1`,
      [demoGridId(1)],
    );
    expect(data!.people.totalCount).toBe(total);
    expect(total).toBeGreaterThan(100);
  });

  it("refuses a grid leader a person of another grid (OUT_OF_SCOPE), not their own", async () => {
    expectRefused(await subgraph.request(PERSON, { id: demoPersonId(2) }, gridLeader), "FORBIDDEN", "OUT_OF_SCOPE");
    const own = await subgraph.request(PERSON, { id: demoPersonId(1) }, gridLeader);
    expect(own.data!.person.phone).toContain("****");
    expect((await subgraph.request(PERSON, { id: demoPersonId(6) }, gridLeader)).data!.person.id).toBe(demoPersonId(6));
  });

  it("lists street staff the people of all three communities; community staff only theirs", async () => {
    const street = await subgraph.request(PEOPLE, { first: 1 }, streetStaff);
    const dongting = await subgraph.request(PEOPLE, { first: 1 }, dongtingStaff);
    const [{ all, dt }] = await subgraph.db.query(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE community_id = $1)::int AS dt FROM person`,
      [DT],
    );
    expect(street.data!.people.totalCount).toBe(all);
    expect(dongting.data!.people.totalCount).toBe(dt);
    expect(all).toBeGreaterThan(dt);
  });

  it("lists grids of the viewer's communities, or of the one asked", async () => {
    const grids = `query($c: ID) { grids(communityId: $c) { id } }`;
    expect((await subgraph.request(grids, {}, gridLeader)).data!.grids).toHaveLength(10);
    expect((await subgraph.request(grids, { c: SG }, dongtingStaff)).data!.grids).toEqual([]);
    expect((await subgraph.request(grids, {}, streetStaff)).data!.grids).toHaveLength(14);
  });
});

describe("party tree scope", () => {
  const RENAME = `mutation($id: ID!, $name: String!) { renameOrgUnit(id: $id, name: $name) { id name } }`;
  it("lets a branch secretary edit their branch, never a sibling branch", async () => {
    const secretary: As = {
      personId: demoPersonId(1),
      grants: [{ role: "PARTY_COMMITTEE", scope: { kind: "ORG_UNIT", id: demoOrgUnitId(3) } }],
    };
    const own = await subgraph.request(RENAME, { id: demoOrgUnitId(3), name: "第一支部" }, secretary);
    expect(own.errors).toBeUndefined();
    await refused(RENAME, { id: demoOrgUnitId(4), name: "别人的支部" }, secretary, "FORBIDDEN", "OUT_OF_SCOPE");
    const otherCommittee: As = {
      personId: demoPersonId(1),
      grants: [{ role: "PARTY_COMMITTEE", scope: { kind: "ORG_UNIT", id: demoOrgUnitId(17) } }],
    };
    await refused(RENAME, { id: demoOrgUnitId(4), name: "x" }, otherCommittee, "FORBIDDEN", "OUT_OF_SCOPE");
  });
});

describe("viewer", () => {
  it("is nobody for an anonymous caller", async () => {
    const { data } = await subgraph.request(VIEWER);
    expect(data!.viewer).toEqual({ person: null, grants: [], communities: [] });
  });

  it("gives a persona their stored grant and community", async () => {
    const { data } = await subgraph.request(VIEWER, {}, gridLeader);
    expect(data!.viewer.person).toEqual({ id: demoPersonId(gridLeaderOf(1)) });
    expect(data!.viewer.grants).toHaveLength(1);
    expect(data!.viewer.grants[0]).toMatchObject({ role: "GRID_LEADER", scopeKind: "GRID", scopeId: demoGridId(1) });
    expect(data!.viewer.grants[0].id).not.toMatch(/^token:/);
    expect(data!.viewer.communities).toEqual([{ code: "DT" }]);
  });

  it("makes up grants of a roles token and lists every community for it", async () => {
    const { data } = await subgraph.request(VIEWER, {}, { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) });
    expect(data!.viewer.grants).toEqual([
      { id: "token:COMMUNITY_STAFF:GLOBAL:", role: "COMMUNITY_STAFF", scopeKind: "GLOBAL", scopeId: null },
    ]);
    expect(data!.viewer.communities.map((c: { code: string }) => c.code)).toEqual(DEMO_COMMUNITIES.map((c) => c.code).sort());
  });
});

describe("geographyFeed", () => {
  it("pages through every place in order, each once, communities first", async () => {
    const integrator: As = { roles: ["INTEGRATOR"] };
    const seen: Array<{ kind: string; id: string }> = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const answer: GraphQLAnswer = await subgraph.request(FEED, { first: 100, after }, integrator);
      expect(answer.errors).toBeUndefined();
      seen.push(...answer.data!.geographyFeed.places);
      after = answer.data!.geographyFeed.next;
      if (!after) break;
    }
    const [{ total }] = await subgraph.db.query(
      `SELECT (SELECT count(*) FROM community) + (SELECT count(*) FROM org_unit) + (SELECT count(*) FROM grid) + (SELECT count(*) FROM neighbourhood) AS total`,
    );
    expect(seen).toHaveLength(Number(total));
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
    expect(seen[0]).toMatchObject({ kind: "COMMUNITY", id: DT, code: "DT", streetId: demoOrgUnitId(1) });
    expect(seen.find((p) => p.id === demoNeighbourhoodId(243))).toMatchObject({
      kind: "NEIGHBOURHOOD",
      gridId: demoGridId(11),
      communityId: SG,
    });
    expect(seen.find((p) => p.id === demoOrgUnitId(1))).toMatchObject({ kind: "ORG_UNIT", communityId: null });
  });

  it("caps a page at 500 and refuses a forged cursor", async () => {
    const answer = await subgraph.request(FEED, { first: 5000 }, { roles: ["INTEGRATOR"] });
    expect(answer.data!.geographyFeed.places.length).toBeGreaterThan(100);
    expect((await subgraph.request(FEED, { first: 5000 }, { roles: ["INTEGRATOR"] })).data!.geographyFeed.next).toBeNull(); // fewer than 500 in all
    expectRefused(await subgraph.request(FEED, { after: "bm9wZQ" }, { roles: ["INTEGRATOR"] }), "BAD_USER_INPUT", "INVALID_CURSOR");
    expectRefused(await subgraph.request(FEED, {}), "UNAUTHENTICATED");
  });
});
