import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startCouncil } from "./support/start.js";
import { DONGTING, makeClass, neighbourhood, ok, person, refused, resident, shuiguohuStaff, staff } from "./support/fixtures.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startCouncil();
});
afterAll(async () => {
  await subgraph?.stop();
});

const CLASS = `query($id: ID!, $first: Int, $after: String) { residentClass(id: $id) {
  name community { id } neighbourhood { id } monitor { id } committee { person { id } post } memberCount
  members(first: $first, after: $after) { totalCount edges { cursor node { person { id } joinedAt } } pageInfo { hasNextPage endCursor } } } }`;
const CREATE = `mutation($name: String!, $n: ID, $c: ID) { createResidentClass(name: $name, neighbourhoodId: $n, communityId: $c) { id name community { id } } }`;
const POST = `mutation($c: ID!, $p: ID!, $post: CommitteePost!) { setCommitteePost(classId: $c, personId: $p, post: $post) { monitor { id } } }`;
const ADD = `mutation($c: ID!, $p: ID!) { addClassMember(classId: $c, personId: $p) { memberCount } }`;

describe("resident classes", () => {
  it("staff create a class in their community, from its neighbourhood; the history records it", async () => {
    const { createResidentClass } = await ok(subgraph, CREATE, { name: " 东亭一班 ", n: neighbourhood(3) }, staff);
    expect(createResidentClass).toMatchObject({ name: "东亭一班", community: { id: DONGTING } });
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [createResidentClass.id]);
    expect(history).toEqual([{ action: "CREATED", actor_id: staff.personId }]);
  });

  it("refuses a duplicate name, another community's staff, a resident, a neighbourhood of another community", async () => {
    await refused(subgraph, "CONFLICT", "CLASS_NAME_TAKEN", CREATE, { name: "东亭一班", n: neighbourhood(3) }, staff);
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", CREATE, { name: "东亭二班", c: DONGTING }, shuiguohuStaff);
    await refused(subgraph, "FORBIDDEN", "ROLE_NOT_ALLOWED", CREATE, { name: "东亭二班" }, resident(4));
    await refused(
      subgraph,
      "BAD_USER_INPUT",
      "UNKNOWN_NEIGHBOURHOOD",
      CREATE,
      { name: "东亭二班", n: neighbourhood(250), c: DONGTING },
      staff,
    );
  });

  it("has one monitor: a new one replaces the old, who stays a member; nobody monitors two classes", async () => {
    const id = await makeClass(subgraph, "东亭三班", 300, [301, 302]);
    subgraph.clock.advanceMinutes(1);
    const replaced = await ok(subgraph, POST, { c: id, p: person(303), post: "MONITOR" }, staff);
    expect(replaced.setCommitteePost.monitor).toEqual({ id: person(303) });
    await ok(subgraph, POST, { c: id, p: person(301), post: "DEPUTY_MONITOR" }, staff);
    const { residentClass } = await ok(subgraph, CLASS, { id, first: 2 }, resident(4));
    expect(residentClass.committee).toEqual([
      { person: { id: person(303) }, post: "MONITOR" },
      { person: { id: person(301) }, post: "DEPUTY_MONITOR" },
    ]);
    expect(residentClass.memberCount).toBe(4);
    expect(residentClass.members.totalCount).toBe(4);
    expect(residentClass.members.edges.map((e: any) => e.node.person.id)).toEqual([person(300), person(301)]);
    const next = await ok(subgraph, CLASS, { id, first: 2, after: residentClass.members.pageInfo.endCursor }, resident(4));
    expect(next.residentClass.members.edges.map((e: any) => e.node.person.id)).toEqual([person(302), person(303)]);
    expect(next.residentClass.members.pageInfo.hasNextPage).toBe(false);
    const other = await makeClass(subgraph, "东亭四班", 310);
    await refused(subgraph, "CONFLICT", "ALREADY_MONITOR_ELSEWHERE", POST, { c: other, p: person(303), post: "MONITOR" }, staff);
  });

  it("lets the monitor add members, not a member; a second add is CONFLICT", async () => {
    const id = await makeClass(subgraph, "东亭五班", 320, [321]);
    expect((await ok(subgraph, ADD, { c: id, p: person(322) }, resident(320))).addClassMember.memberCount).toBe(3);
    await refused(subgraph, "FORBIDDEN", "NOT_STAFF_OR_MONITOR", ADD, { c: id, p: person(323) }, resident(321));
    await refused(subgraph, "CONFLICT", "ALREADY_CLASS_MEMBER", ADD, { c: id, p: person(322) }, staff);
  });

  it("answers a class with its committee and members in a fixed number of statements", async () => {
    const id = await makeClass(subgraph, "东亭六班", 330, [331, 332, 333, 334]);
    subgraph.sql.reset();
    await ok(subgraph, CLASS, { id, first: 50 }, resident(4));
    // class, committee, member count, members page
    expect(subgraph.sql.count()).toBeLessThanOrEqual(4);
  });
});

describe("who reads a class", () => {
  it("shows its people to people, not to service accounts or anonymous callers", async () => {
    const id = await makeClass(subgraph, "东亭七班", 340, [341]);
    const query = `query($id: ID!) { residentClass(id: $id) { name memberCount monitor { id } } }`;
    const integrator = await subgraph.request(query, { id }, { roles: ["INTEGRATOR"] });
    expect(integrator.data!.residentClass).toEqual({ name: "东亭七班", memberCount: 2, monitor: null });
    expect(integrator.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" });
    expect((await subgraph.request(query, { id })).errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    const rules = await subgraph.request(`{ communityRules { title } }`, {});
    expect(rules.errors).toBeUndefined();
  });
});

describe("the committee's size", () => {
  it("takes at most 9 posts; the monitor's seat can always be filled", async () => {
    const id = await makeClass(subgraph, "东亭八班", 350);
    const SEAT = `mutation($c: ID!, $p: ID!, $post: CommitteePost!) { setCommitteePost(classId: $c, personId: $p, post: $post) { committee { post } } }`;
    for (let i = 1; i <= 8; i += 1) await ok(subgraph, SEAT, { c: id, p: person(350 + i), post: "MEMBER" }, staff);
    await refused(subgraph, "CONFLICT", "COMMITTEE_FULL", SEAT, { c: id, p: person(360), post: "DEPUTY_MONITOR" }, staff);
    const { setCommitteePost } = await ok(subgraph, SEAT, { c: id, p: person(361), post: "MONITOR" }, staff);
    expect(setCommitteePost.committee).toHaveLength(9);
  });
});
