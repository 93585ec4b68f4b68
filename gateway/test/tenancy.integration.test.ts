// Many communities, scoped roles (issue 11) across the running stack: the "Done when" through the
// gateway, each persona signed in as the shell signs in ({personId}: the grants organisation stores).
import {
  DEMO_COMMUNITIES,
  demoCommunityId,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
} from "@dongting/subgraph-kit/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimsOf, graphClient } from "./support/graph-client.js";
import { startTestStack, type RunningStack } from "./stack.js";

const GRID_LEADER = demoPersonId(6); // 赵强, 网格长 of grid 1 only
const PARTY_SECRETARY = demoPersonId(1); // 王建国, Dongting's community party committee and below
const STREET_STAFF = demoPersonId(7); // 孙建华, 街道工作人员: the street's three communities, read-mostly
const SG_STAFF = demoPersonId(603); // community staff of 水果湖 (SG)
const [DT, SG] = [demoCommunityId(1), demoCommunityId(2)];
const GRID_1 = demoGridId(1);
const GRID_2 = demoGridId(2);

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
let admin: string;
let category: string;

const REQUESTS = `query($filter: RequestFilter) { requests(first: 100, filter: $filter) {
  totalCount edges { node { id status anonymous grid { id } submitter { id } community { code } } } } }`;
const REQUEST = `query($id: ID!) { request(id: $id) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptRequest(id: $id, urgency: GREEN, level: GRID) { id status } }`;
type RequestNode = {
  id: string;
  status: string;
  anonymous: boolean;
  grid: { id: string } | null;
  submitter: { id: string } | null;
  community: { code: string };
};
const nodesOf = (data: any): RequestNode[] => data.requests.edges.map((edge: { node: RequestNode }) => edge.node);

/**
 * The requests a grid leader lists: who asked an anonymous request (issue 12) is the submitter's and community
 * staff's alone, so its submitter answers null with FORBIDDEN, and nothing else is refused.
 */
async function gridLeaderList(token: string, filter?: Record<string, unknown>): Promise<{ totalCount: number; nodes: RequestNode[] }> {
  const answer = await client.ask(token, REQUESTS, filter ? { filter } : undefined);
  const nodes = nodesOf(answer.data);
  const refused = (answer.errors ?? []).map((error) => `${error.extensions?.code}@${(error.path ?? []).join(".")}`);
  const hidden = nodes.flatMap((node, i) =>
    node.anonymous && node.submitter === null ? [`FORBIDDEN@requests.edges.${i}.node.submitter`] : [],
  );
  expect(refused).toEqual(hidden);
  return { totalCount: answer.data.requests.totalCount, nodes };
}

const SUBMIT = `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id code status grid { id } community { code } } }`;
let submitted = 0;
/** Fields of a new request; `place` says where (neighbourhood, grid, community). */
const requestInput = (place: Record<string, string>, submitter = 486) => ({
  clientRequestId: `tenancy-${Date.now().toString(36)}-${(submitted += 1)}`,
  title: "楼道灯不亮",
  description: "三楼楼道灯坏了一周",
  channel: "WECHAT",
  category,
  submitterId: demoPersonId(submitter),
  ...place,
});

/**
 * A new SUBMITTED request (handling mutations apply to it) in Dongting's neighbourhood k, entered by ADMIN for
 * resident 486: neighbourhood k lies in grid ((k - 1) mod 10) + 1, so k = 1 is grid 1's, k = 2 grid 2's.
 */
async function submittedRequestIn(k: number): Promise<RequestNode> {
  const data = await client.read(admin, SUBMIT, { input: requestInput({ neighbourhoodId: demoNeighbourhoodId(k) }) });
  expect(data.submitRequest).toMatchObject({
    status: "SUBMITTED",
    grid: { id: demoGridId(((k - 1) % 10) + 1) },
    community: { code: "DT" },
  });
  return data.submitRequest;
}

beforeAll(async () => {
  // The read copies pull organisation's geography over the graph every two seconds here (a minute by default).
  stack = await startTestStack({ GEOGRAPHY_PULL_INTERVAL_MS: "2000" });
  client = graphClient(stack);
  admin = await client.tokenFor({ roles: ["ADMIN"] });
  category = (await client.read(admin, `{ requestCategories { name } }`)).requestCategories[0].name;
});
afterAll(async () => {
  await stack?.stop();
});

describe("communities", () => {
  it("lists DT and its two neighbours on the street, each with its grids, to anyone", async () => {
    const data = await client.read(undefined, `{ communities { code name grids { id } } }`);
    const byCode = Object.fromEntries(data.communities.map((c: { code: string }) => [c.code, c]));
    expect(Object.keys(byCode).sort()).toEqual(["DT", "LY", "SG"]);
    for (const community of DEMO_COMMUNITIES) {
      const grids = Array.from({ length: community.grids.last - community.grids.first + 1 }, (_, i) =>
        demoGridId(community.grids.first + i),
      );
      expect(byCode[community.code]).toMatchObject({ name: community.name });
      expect(byCode[community.code].grids.map((grid: { id: string }) => grid.id).sort()).toEqual(grids.sort());
    }
  });
});

describe("the 网格长 persona: grid 1 only", () => {
  it("signs in with its stored grant and lists only grid 1's requests (and its own)", async () => {
    const token = await client.tokenFor({ personId: GRID_LEADER });
    expect(claimsOf(token).grants).toContainEqual({ role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_1 } });
    expect(claimsOf(token).grants.filter((grant: { scope: { kind: string } }) => grant.scope.kind === "GLOBAL")).toEqual([]);
    const mine = await gridLeaderList(token);
    expect(mine.nodes.length).toBeGreaterThan(0);
    expect(mine.nodes.filter((request) => request.grid?.id !== GRID_1 && request.submitter?.id !== GRID_LEADER)).toEqual([]);
    const all = await client.read(admin, REQUESTS);
    expect(nodesOf(await client.read(admin, REQUESTS, { filter: { gridId: GRID_2 } })).length).toBeGreaterThan(0);
    expect(all.requests.totalCount).toBeGreaterThan(mine.totalCount);
  });

  it("is FORBIDDEN OUT_OF_SCOPE reading or accepting a grid-2 request, and nothing is written", async () => {
    const token = await client.tokenFor({ personId: GRID_LEADER });
    const other = await submittedRequestIn(2);
    const read = await client.ask(token, REQUEST, { id: other.id });
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "OUT_OF_SCOPE" });
    await client.expectRefusedWithoutWrites("requests", () => client.ask(token, ACCEPT, { id: other.id }), "FORBIDDEN", "OUT_OF_SCOPE");
    expect((await client.read(admin, REQUEST, { id: other.id })).request.status).toBe("SUBMITTED");
    // Inside the grid the same persona reads.
    const own = await submittedRequestIn(1);
    expect((await client.read(token, REQUEST, { id: own.id })).request.id).toBe(own.id);
  });
});

describe("writes out of scope are FORBIDDEN with nothing written", () => {
  it("station staff of SG cancelling a Dongting booking", async () => {
    const pending = await client.read(admin, `{ pendingBookings(first: 50) { edges { node { id status zone { community { id } } } } } }`);
    const booking = pending.pendingBookings.edges.map((edge: any) => edge.node).find((node: any) => node.zone.community.id === DT);
    expect(booking).toBeDefined();
    const sgStation = await client.tokenFor({
      personId: SG_STAFF,
      grants: [{ role: "STATION_STAFF", scope: { kind: "COMMUNITY", id: SG } }],
    });
    const cancel = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
    await client.expectRefusedWithoutWrites(
      "station",
      () => client.ask(sgStation, cancel, { id: booking.id }),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    // SG's community staff, signed in with the stored grant, handles no station booking at all.
    const sgStaff = await client.tokenFor({ personId: SG_STAFF });
    await client.expectRefusedWithoutWrites("station", () => client.ask(sgStaff, cancel, { id: booking.id }), "FORBIDDEN");
    expect((await client.read(admin, `query($id: ID!) { booking(id: $id) { status } }`, { id: booking.id })).booking.status).toBe(
      "PENDING",
    );
  });

  it("a branch secretary renaming a sibling branch (and renaming their own)", async () => {
    const [branch, sibling] = [demoOrgUnitId(3), demoOrgUnitId(4)];
    const token = await client.tokenFor({
      personId: demoPersonId(30),
      grants: [{ role: "PARTY_COMMITTEE", scope: { kind: "ORG_UNIT", id: branch } }],
    });
    const rename = `mutation($id: ID!, $name: String!) { renameOrgUnit(id: $id, name: $name) { id name } }`;
    const name = async (id: string) => (await client.read(undefined, `query($id: ID!) { orgUnit(id: $id) { name } }`, { id })).orgUnit.name;
    const siblingName = await name(sibling);
    await client.expectRefusedWithoutWrites(
      "organisation",
      () => client.ask(token, rename, { id: sibling, name: `${siblingName}（改）` }),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    expect(await name(sibling)).toBe(siblingName);
    const own = await name(branch);
    expect((await client.read(token, rename, { id: branch, name: `${own}（改）` })).renameOrgUnit.name).toBe(`${own}（改）`);
    await client.read(token, rename, { id: branch, name: own });
  });
});

describe("the street's staff: every community of the street, read-mostly", () => {
  it("lists the requests of all three communities, as many as ADMIN, and handles none", async () => {
    const token = await client.tokenFor({ personId: STREET_STAFF });
    for (const community of DEMO_COMMUNITIES) {
      const data = await client.read(token, REQUESTS, { filter: { communityId: community.id } });
      expect(data.requests.totalCount, community.code).toBeGreaterThan(0);
      expect(new Set(nodesOf(data).map((request) => request.community.code))).toEqual(new Set([community.code]));
    }
    const all = (await client.read(admin, REQUESTS)).requests.totalCount;
    expect((await client.read(token, REQUESTS)).requests.totalCount).toBe(all);
    const submitted = await submittedRequestIn(2);
    await client.expectRefusedWithoutWrites("requests", () => client.ask(token, ACCEPT, { id: submitted.id }), "FORBIDDEN", "OUT_OF_SCOPE");
  });

  it("Query.viewer names the person, the street grant and the three communities", async () => {
    const token = await client.tokenFor({ personId: STREET_STAFF });
    const { viewer } = await client.read(token, `{ viewer { person { name } grants { role scopeKind scopeId } communities { code } } }`);
    expect(viewer.person).toEqual({ name: "孙建华" });
    expect(viewer.grants).toEqual([{ role: "COMMUNITY_STAFF", scopeKind: "STREET", scopeId: demoOrgUnitId(1) }]);
    expect(viewer.communities.map((c: { code: string }) => c.code).sort()).toEqual(["DT", "LY", "SG"]);
  });
});

describe("geography across subgraphs", () => {
  it("refuses a request whose neighbourhood is in another community: BAD_USER_INPUT NEIGHBOURHOOD_NOT_IN_COMMUNITY", async () => {
    const mismatched = requestInput({ communityId: DT, neighbourhoodId: demoNeighbourhoodId(243) });
    await client.expectRefusedWithoutWrites(
      "requests",
      () => client.ask(admin, SUBMIT, { input: mismatched }),
      "BAD_USER_INPUT",
      "NEIGHBOURHOOD_NOT_IN_COMMUNITY",
    );
  });

  it("a grid created in organisation reaches requests' copy through the gateway's pull, then takes requests", async () => {
    const code = `SG-${Date.now().toString(36).slice(-4).toUpperCase()}`;
    const created = await client.read(admin, `mutation($input: CreateGridInput!) { createGrid(input: $input) { id community { code } } }`, {
      input: { code, name: `水果湖测试网格${code}`, communityId: SG },
    });
    const grid = created.createGrid;
    expect(grid.community.code).toBe("SG");
    // Polled: the copy lacks the grid (UNKNOWN_GRID, nothing guessed) until a pull brings it.
    const deadline = Date.now() + 60_000;
    let answer = await client.ask(admin, SUBMIT, { input: requestInput({ gridId: grid.id }, 650) });
    while (answer.errors && Date.now() < deadline) {
      expect(answer.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_GRID" });
      await new Promise((done) => setTimeout(done, 500));
      answer = await client.ask(admin, SUBMIT, { input: requestInput({ gridId: grid.id }, 650) });
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submitRequest.community.code).toBe("SG");
    expect(answer.data.submitRequest.code).toMatch(/^SG-\d{4}-\d{6}$/);
  });
});

describe("grants made and revoked through the graph", () => {
  const GRANT = `mutation($personId: ID!, $scopeId: ID) {
    grantRole(personId: $personId, role: GRID_LEADER, scopeKind: GRID, scopeId: $scopeId) { id role scopeKind scopeId person { id } } }`;

  it("a grant by the party secretary shows in the person's next dev token and takes effect at once; revoking removes it", async () => {
    const secretary = await client.tokenFor({ personId: PARTY_SECRETARY });
    const before = await client.tokenFor({ personId: GRID_LEADER });
    const other = await submittedRequestIn(2);
    const granted = (await client.read(secretary, GRANT, { personId: GRID_LEADER, scopeId: GRID_2 })).grantRole;
    expect(granted).toMatchObject({ role: "GRID_LEADER", scopeKind: "GRID", scopeId: GRID_2, person: { id: GRID_LEADER } });

    const after = await client.tokenFor({ personId: GRID_LEADER });
    expect(claimsOf(after).grants).toEqual(
      expect.arrayContaining([
        { role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_1 } },
        { role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_2 } },
      ]),
    );
    expect((await client.read(after, REQUEST, { id: other.id })).request.id).toBe(other.id);
    const grids = new Set((await gridLeaderList(after, { gridId: GRID_2 })).nodes.map((request) => request.grid?.id));
    expect([...grids]).toEqual([GRID_2]);
    // The token is the grant's carrier: the one signed before still holds grid 1 only.
    expect((await client.ask(before, REQUEST, { id: other.id })).errors?.[0]?.extensions?.reason).toBe("OUT_OF_SCOPE");

    const stored = await client.read(admin, `query($id: ID!) { person(id: $id) { grants { id scopeId } } }`, { id: GRID_LEADER });
    expect(stored.person.grants.map((grant: { id: string }) => grant.id)).toContain(granted.id);
    expect((await client.read(secretary, `mutation($id: ID!) { revokeRole(id: $id) }`, { id: granted.id })).revokeRole).toBe(true);
    const revoked = await client.tokenFor({ personId: GRID_LEADER });
    expect(claimsOf(revoked).grants).not.toContainEqual({ role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_2 } });
    expect((await client.ask(revoked, REQUEST, { id: other.id })).errors?.[0]?.extensions).toMatchObject({ reason: "OUT_OF_SCOPE" });
  });
});
