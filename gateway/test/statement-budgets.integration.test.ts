import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, resetStatements, startTestStack, statementsSinceReset, type RunningStack } from "./stack.js";

// Statement budgets measured through the gateway on the seeded demo community: what a page costs each
// subgraph, whatever the size of the data behind it. Times come from the stack's fixed clock, never the date the
// test runs on.

const DAY_MS = 86_400_000;
/**
 * The 我的任务 page in the requests subgraph: the page, its count, the units of its rows and whether the viewer is
 * a member handling each (the read policy's handling_member), each one statement for the whole page.
 */
const WORKLIST_STATEMENTS = 4;

let stack: RunningStack;
let tokens: Record<string, string>;

async function token(roles: string[], personId: string): Promise<string> {
  const answer = await post(`${stack.urls.gateway}/auth/dev-token`, { roles, personId });
  return (answer as unknown as { token: string }).token;
}

async function query(text: string, variables: Record<string, unknown>, as: string) {
  const answer = await post(stack.urls.graphql, { query: text, variables }, { authorization: `Bearer ${tokens[as]}` });
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

/** Runs `text` and returns the statements it cost `subgraph`. */
async function measured(subgraph: string, text: string, variables: Record<string, unknown>, as: string) {
  const url = stack.urls.subgraphs[subgraph];
  await resetStatements(url);
  const data = await query(text, variables, as);
  return { data, statements: await statementsSinceReset(url) };
}

beforeAll(async () => {
  stack = await startTestStack();
  tokens = {
    committee: await token(["PARTY_COMMITTEE"], "00000000-0000-4000-8000-000000000001"),
    staff: await token(["COMMUNITY_STAFF"], "00000000-0000-4000-8000-000000000002"),
    station: await token(["STATION_STAFF"], "00000000-0000-4000-8000-000000000003"),
    // 刘洋 as the shell signs him in (his stored grants): a member of two volunteer units, he leads the 七宝巡逻队's.
    member: (
      (await post(`${stack.urls.gateway}/auth/dev-token`, { personId: "00000000-0000-4000-8000-000000000005" })) as unknown as {
        token: string;
      }
    ).token,
  };
});
afterAll(async () => {
  await stack?.stop();
});

describe("statement budgets through the gateway", () => {
  it("loads the whole community's party tree with at most 3 statements in the organisation subgraph", async () => {
    const { data, statements } = await measured(
      "organisation",
      `{ orgRoots { id name kind memberCount(includeDescendants: true) children { id name kind memberCount(includeDescendants: true)
          children { id name kind form memberCount(includeDescendants: true) secretary { name }
            children { id name kind memberCount children { id name kind memberCount } } } } } }`,
      {},
      "committee",
    );
    expect(data.orgRoots[0].children[0].children).toHaveLength(14);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it("lists the 512 members of the Qibao patrol with names for one people statement in organisation", async () => {
    const { data, statements } = await measured(
      "organisation",
      `query($id: ID!) { volunteerTeam(id: $id) { name memberCount members { id person { id name } } } }`,
      { id: "00000000-0003-4000-8000-000000000001" },
      "staff",
    );
    expect(data.volunteerTeam.members).toHaveLength(512);
    expect(data.volunteerTeam.members.every((member: { person: { name: string } }) => member.person.name.length > 0)).toBe(true);
    expect(statements.filter((sql) => /FROM "person"/i.test(sql))).toHaveLength(1);
  });

  it("computes the request metrics in one statement in the requests subgraph", async () => {
    const { data, statements } = await measured(
      "requests",
      `query($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to, groupBy: MONTH) { overall { total responseRate } rows { key } } }`,
      { from: new Date(Date.parse(stack.clockNow()) - 365 * DAY_MS).toISOString(), to: stack.clockNow() },
      "staff",
    );
    expect(data.requestMetrics.overall.total).toBeGreaterThan(1000);
    expect(statements).toHaveLength(1);
  });

  it("lists a unit member's 我的任务 page, with units and deadline states, for the same few requests statements at any page size", async () => {
    // The page's own operation (frontends/requests graph/workorders.ts: MyTasks with TaskFields).
    const page = `query($filter: RequestFilter, $first: Int) { requests(filter: $filter, first: $first) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code title status category urgency level deadlineState
        submittedAt respondBy resolveBy units { id name forceKind } assignment { assigneePerson { id name } } } } } }`;
    // Dongting, as the shell's community switcher sends it; to do and done (both tabs).
    const filter = {
      assignedToMe: true,
      status: ["ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED"],
      communityId: "00000000-0000-4000-a005-000000000001",
    };
    const small = await measured("requests", page, { filter, first: 5 }, "member");
    const large = await measured("requests", page, { filter, first: 100 }, "member");
    const nodes = large.data.requests.edges.map((edge: { node: { units: Array<{ name: string }>; deadlineState: string } }) => edge.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(
      nodes.every((node: { units: Array<{ name: string }> }) =>
        node.units.some((unit) => ["七宝巡逻队", "湖工大青年志愿服务队"].includes(unit.name)),
      ),
    ).toBe(true);
    expect(new Set(nodes.map((node: { deadlineState: string }) => node.deadlineState)).size).toBeGreaterThan(1);
    console.log(`我的任务: ${small.statements.length} statements for 5 requests, ${large.statements.length} for ${nodes.length}`);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(WORKLIST_STATEMENTS);
  });

  it("books a zone for the same number of station statements however many bookings exist", async () => {
    const zones = await query(`{ zones { id kind } }`, {}, "station");
    const hall = zones.zones.find((zone: { kind: string }) => zone.kind === "MEETING").id;
    /** Books an hour in the first free slot from `daysAhead` on; returns its statement count and the day used. */
    const book = async (daysAhead: number): Promise<{ statements: number; day: number }> => {
      for (let day = daysAhead; day < daysAhead + 7; day++) {
        const date = new Date(Date.parse(stack.clockNow()) + day * DAY_MS).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
        const free = await query(
          `query($id: ID!, $date: String!) { zone(id: $id) { freeSlots(date: $date) { startsAt endsAt } } }`,
          { id: hall, date },
          "station",
        );
        const slot = free.zone.freeSlots.find(
          (candidate: { startsAt: string; endsAt: string }) => Date.parse(candidate.endsAt) - Date.parse(candidate.startsAt) >= 3_600_000,
        );
        if (!slot) continue;
        const endsAt = new Date(Date.parse(slot.startsAt) + 3_600_000).toISOString();
        const { statements } = await measured(
          "station",
          `mutation($input: BookZoneInput!) { bookZone(input: $input) { id status } }`,
          { input: { zoneId: hall, title: `议事会 ${day}`, startsAt: slot.startsAt, endsAt, attendees: 10 } },
          "station",
        );
        return { statements: statements.length, day };
      }
      throw new Error(`no free hour in the meeting hall for a week from day ${daysAhead}`);
    };
    const first = await book(20);
    let day = first.day;
    for (let i = 0; i < 30; i++) day = (await book(day)).day;
    const later = await book(day);
    expect(later.statements).toBe(first.statements);
  });
});
