import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoBuildingId, demoGridId, demoNeighbourhoodId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { SEARCH_MAX, maskPhone } from "@dongting/domain/organisation";
import { definition } from "../src/definition.js";
import {
  admin,
  branchMember,
  committee,
  gridLeader,
  integrator,
  leaks,
  people,
  refusals,
  resident,
  staff,
  stationStaff,
  volunteer,
} from "./privacy-support.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
  // One change that names a member, so the history has something personal to withhold.
  const moved = await subgraph.request(
    `mutation($p: ID!, $u: ID!) { assignPartyMembership(personId: $p, orgUnitId: $u, kind: SUNK_DOWN) { id } }`,
    { p: demoPersonId(7), u: demoOrgUnitId(2) },
    committee,
  );
  expect(moved.errors).toBeUndefined();
});
afterAll(async () => {
  await subgraph?.stop();
});

const COMMUNITY = demoOrgUnitId(2);
const PUBLIC_TREE = `{ orgRoots { id name kind form memberCount(includeDescendants: true) children { id name kind memberCount children { name form } } } }`;
const MEMBERS = `query($id: ID!, $search: String) { orgUnit(id: $id) { name members(includeDescendants: true, first: 5, search: $search) { totalCount edges { node { name } } } } }`;
const HISTORY = `query($id: ID!) { orgUnit(id: $id) { history { action summary detail actor { name } } } }`;
const NO_MEMBERS_OR_HISTORY: Array<[string, As | undefined, string]> = [
  ["an anonymous caller", undefined, "UNAUTHENTICATED SIGN_IN_REQUIRED"],
  ["the integrator", integrator, "FORBIDDEN FIELD_NOT_ALLOWED"],
  ["a resident", resident, "FORBIDDEN FIELD_NOT_ALLOWED"],
  ["a volunteer", volunteer, "FORBIDDEN FIELD_NOT_ALLOWED"],
  ["a grid leader", gridLeader, "FORBIDDEN FIELD_NOT_ALLOWED"],
  ["station staff", stationStaff, "FORBIDDEN FIELD_NOT_ALLOWED"],
];
const MEMBERSHIP_READERS: Array<[string, As]> = [
  ["the party committee", committee],
  ["community staff", staff],
  ["an admin", admin],
];

describe("the party tree", () => {
  it("answers anyone, even without a token, the units' ids, names, kinds, forms and member counts", async () => {
    const answer = await subgraph.request(PUBLIC_TREE);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.orgRoots[0]).toMatchObject({ name: "水果湖街道党工委", kind: "STREET_WORKING_COMMITTEE", memberCount: 680 });
    expect(answer.data!.orgRoots[0].children[0].children).toHaveLength(14);
  });

  it.each([
    ["an anonymous caller", undefined, "UNAUTHENTICATED SIGN_IN_REQUIRED"],
    ["the integrator", integrator, "FORBIDDEN FIELD_NOT_ALLOWED"],
    ["a resident", resident, "FORBIDDEN FIELD_NOT_ALLOWED"],
  ] as const)("shows %s no secretary who is none of their own leaders", async (_label, as, refusal) => {
    const answer = await subgraph.request(`{ orgRoots { name children { name secretary { name } } } }`, {}, as);
    // The neighbours' committees (水果湖, 梨园; issue 11) come after 东亭 by name and have no secretary of the seed.
    expect(refusals(answer).filter((line) => line.startsWith("orgRoots.0.children.0."))).toEqual([
      `orgRoots.0.children.0.secretary ${refusal}`,
    ]);
    expect(answer.data!.orgRoots[0].children[0]).toEqual({ name: "东亭社区党委", secretary: null });
    expect(leaks(answer, ["王建国"])).toEqual([]);
  });

  it("shows a party member the secretary of their own unit (masked phone), and no other unit's", async () => {
    const branch = await branchMember(subgraph);
    const [secretary] = await people(subgraph, [branch.secretaryId]);
    const answer = await subgraph.request(
      `query($id: ID!, $other: ID!) {
        person(id: $id) { partyMembership { orgUnit { id secretary { id name phone } } } }
        other: orgUnit(id: $other) { name secretary { name } } }`,
      { id: branch.member.personId, other: branch.otherUnitId },
      branch.member,
    );
    expect(answer.data!.person.partyMembership.orgUnit).toEqual({
      id: branch.unitId,
      secretary: { ...secretary, phone: secretary.phone && maskPhone(secretary.phone) },
    });
    expect(refusals(answer)).toEqual(["other.secretary FORBIDDEN FIELD_NOT_ALLOWED"]);
    const [otherSecretary] = await people(subgraph, [branch.otherSecretaryId]);
    expect(leaks(answer, [otherSecretary.name])).toEqual([]);
  });

  it.each(NO_MEMBERS_OR_HISTORY)("lists no party members to %s, and records nothing", async (_label, as, refusal) => {
    const [code, reason] = refusal.split(" ");
    const error = await expectRefusedWithoutWrites(subgraph, () => subgraph.request(MEMBERS, { id: COMMUNITY }, as), code, reason);
    expect(error.path).toEqual(["orgUnit", "members"]);
  });

  it.each(MEMBERSHIP_READERS)("lists the party members to %s", async (_label, as) => {
    const answer = await subgraph.request(MEMBERS, { id: COMMUNITY }, as);
    expect(answer.errors).toBeUndefined();
    const [{ members }] = await subgraph.db.query(
      `SELECT count(*)::int AS members FROM party_membership m JOIN org_unit u ON u.id = m.org_unit_id
       WHERE u.path <@ (SELECT path FROM org_unit WHERE id = $1)`,
      [COMMUNITY],
    );
    expect(members).toBeGreaterThan(600);
    expect(answer.data!.orgUnit.members.totalCount).toBe(members);
  });

  it(`refuses a member search over ${SEARCH_MAX} characters with BAD_USER_INPUT, writing nothing`, async () => {
    const refused = await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(MEMBERS, { id: COMMUNITY, search: "五".repeat(SEARCH_MAX + 1) }, committee),
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(refused.extensions!.fields).toEqual([expect.objectContaining({ field: "search", constraint: "maxLength" })]);
  });

  it.each(NO_MEMBERS_OR_HISTORY)("shows %s no history (it names members), and records nothing", async (_label, as, refusal) => {
    const [code, reason] = refusal.split(" ");
    const error = await expectRefusedWithoutWrites(subgraph, () => subgraph.request(HISTORY, { id: COMMUNITY }, as), code, reason);
    expect(error.path).toEqual(["orgUnit", "history"]);
  });

  it.each(MEMBERSHIP_READERS)("shows %s the history with its actors", async (_label, as) => {
    const answer = await subgraph.request(HISTORY, { id: COMMUNITY }, as);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.orgUnit.history[0]).toMatchObject({ action: "MEMBER_JOINED", actor: { name: "王建国" } });
    // The entry hands out person 7's membership: recorded, once per field read, for this reader.
    const recorded: Array<{ field: string }> = await subgraph.db.query(
      `SELECT DISTINCT field FROM personal_data_access WHERE subject_id = $1 AND actor_id = $2 ORDER BY field`,
      [demoPersonId(7), as.personId],
    );
    expect(recorded.map((row) => row.field)).toEqual(expect.arrayContaining(["OrgUnitChange.detail", "OrgUnitChange.summary"]));
  });
});

describe("grids, neighbourhoods and buildings", () => {
  const ROOTS = `query($g: ID!, $n: ID!, $b: ID!) { grids(communityId: "00000000-0000-4000-a005-000000000001") { code } grid(id: $g) { name } neighbourhood(id: $n) { name } building(id: $b) { name } }`;
  const ids = { g: demoGridId(1), n: demoNeighbourhoodId(1), b: demoBuildingId(1) };

  it("answer nothing without a token: UNAUTHENTICATED on each root field", async () => {
    const answer = await subgraph.request(ROOTS, ids);
    expect(answer.data ?? null).toBeNull();
    expect(refusals(answer)).toContain("grids UNAUTHENTICATED SIGN_IN_REQUIRED");
  });

  it.each([
    ["the integrator", integrator],
    ["a resident", resident],
    ["a volunteer", volunteer],
  ])("answer %s their codes, names and households, without the leaders' names", async (_label, as) => {
    const answer = await subgraph.request(
      `{ grids(communityId: "00000000-0000-4000-a005-000000000001") { code name households leader { name } neighbourhoods { name households buildings { name households } } } }`,
      {},
      as,
    );
    expect(answer.data!.grids).toHaveLength(10);
    expect(answer.data!.grids[0]).toMatchObject({ code: "DT-01", name: "东亭第一网格" });
    const denied = refusals(answer).filter((line) => !line.endsWith("FIELD_NOT_ALLOWED"));
    expect(denied).toEqual([]);
    // A resident sees the leader of their own grid (DT-04), a volunteer every leader's name.
    const named = answer.data!.grids.filter((grid: { leader: unknown }) => grid.leader !== null).length;
    expect(named).toBe(as === integrator ? 0 : as === resident ? 1 : 10);
  });
});
