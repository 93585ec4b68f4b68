import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { post, startTestStack, type RunningStack } from "./stack.js";

let stack: RunningStack;
let graphql: string;

async function tokenFor(roles: string[], personId?: string): Promise<string> {
  const answer = await post(`${stack.urls.gateway}/auth/dev-token`, { roles, personId });
  expect(answer.status).toBe(200);
  return (answer as unknown as { token: string }).token;
}

async function query(queryText: string, variables?: Record<string, unknown>, token?: string) {
  return post(graphql, { query: queryText, variables }, token ? { authorization: `Bearer ${token}` } : {});
}

beforeAll(async () => {
  stack = await startTestStack();
  graphql = stack.urls.graphql;
});
afterAll(async () => {
  await stack?.stop();
});

describe("gateway: one graph over the five subgraphs", () => {
  it("answers a query that spans the organisation and station subgraphs", async () => {
    const answer = await query(
      `query($dongting: ID!) { orgRoots { id name kind } zones { id name } dongting: zones(communityId: $dongting) { id } }`,
      {
        dongting: "00000000-0000-4000-a005-000000000001",
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.orgRoots.length).toBeGreaterThan(0);
    // Dongting's eight zones and the two of each neighbouring community on the street.
    expect(answer.data.zones.length).toBe(12);
    expect(answer.data.dongting.length).toBe(8);
  });

  it("reports each subgraph's health", async () => {
    const response = await fetch(`${stack.urls.gateway}/health`);
    const body = await response.json();
    expect(body).toEqual({
      status: "ok",
      subgraphs: { organisation: "ok", requests: "ok", volunteers: "ok", station: "ok", council: "ok" },
    });
  });

  it("issues dev tokens and refuses malformed token requests", async () => {
    expect(await tokenFor(["RESIDENT"])).toMatch(/^ey/);
    const bad = await post(`${stack.urls.gateway}/auth/dev-token`, { roles: ["KING"] });
    expect(bad.status).toBe(400);
  });

  it("refuses a guarded mutation without a token (UNAUTHENTICATED) and with the wrong role (FORBIDDEN)", async () => {
    const mutation = `mutation { createOrgUnit(input: { name: "测试党工委", kind: STREET_WORKING_COMMITTEE }) { id } }`;
    const anonymous = await query(mutation);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const resident = await query(mutation, undefined, await tokenFor(["RESIDENT"]));
    expect(resident.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const roots = await query(`{ orgRoots { name } }`);
    expect(roots.data.orgRoots.map((root: { name: string }) => root.name)).not.toContain("测试党工委");
  });

  it("refuses an invalid token with UNAUTHENTICATED", async () => {
    const answer = await query(`{ zones { id } }`, undefined, "not-a-token");
    expect(JSON.stringify(answer)).toContain("UNAUTHENTICATED");
  });

  it("refuses a query deeper than 12", async () => {
    let selection = "id";
    for (let depth = 0; depth < 13; depth++) selection = `children { ${selection} }`;
    const answer = await query(`{ orgRoots { ${selection} } }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors?.[0]?.message).toMatch(/too deep/);
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `z${i}: zones { id }`).join(" ");
    const answer = await query(`{ ${aliases} }`);
    expect(answer.errors?.[0]?.message).toMatch(/Too many aliases/);
  });

  it("refuses a document over 2,000 tokens", async () => {
    const fields = Array.from({ length: 2100 }, () => "id").join(" ");
    const answer = await query(`{ zones { ${fields} } }`);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.message).toMatch(/more th[a-z]+ 2000 tokens/);
  });

  it("refuses an over-expensive query", async () => {
    const answer = await query(
      `{ requests(first: 100) { edges { node { events { actor { volunteer { teams { members { id skills serviceMinutes person { id name phone } } } } } } } } } }`,
    );
    expect(answer.errors?.[0]?.message).toMatch(/too expensive/);
  });

  it("refuses batched HTTP requests, oversized bodies and CSRF-prone GETs", async () => {
    const batched = await post(graphql, [{ query: "{ zones { id } }" }, { query: "{ zones { id } }" }]);
    expect(batched.status).toBe(400);
    const huge = await post(graphql, { query: `{ zones { id } }`, variables: { padding: "x".repeat(200_000) } });
    expect(huge.status).toBe(413);
    const simpleGet = await fetch(`${graphql}?query=${encodeURIComponent("{ zones { id } }")}`);
    expect(simpleGet.status).toBe(400);
  });

  it("lists 100 requests with their submitters' names for one people statement in the organisation subgraph", async () => {
    const staff = await tokenFor(["COMMUNITY_STAFF"], "00000000-0000-4000-8000-000000000002");
    for (let i = 0; i < 100; i++) {
      const submitterId = `00000000-0000-4000-8000-${(100 + i).toString(16).padStart(12, "0")}`;
      const answer = await query(
        `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }`,
        {
          input: {
            clientRequestId: `gateway-test-${i}`,
            title: `楼道灯坏了 ${i}`,
            description: "三楼楼道灯不亮",
            channel: "WALK_IN",
            category: "设施维修",
            submitterId,
            // A GLOBAL staff token acts in every community: it names the one the request is for.
            communityId: "00000000-0000-4000-a005-000000000001",
          },
        },
        staff,
      );
      expect(answer.errors).toBeUndefined();
    }
    const organisation = stack.urls.subgraphs.organisation.replace(/\/graphql$/, "");
    await post(`${organisation}/debug/sql/reset`, {});
    const answer = await query(`{ requests(first: 100) { edges { node { code submitter { id name } } } } }`, undefined, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.requests.edges).toHaveLength(100);
    expect(answer.data.requests.edges.every((edge: any) => typeof edge.node.submitter?.name === "string")).toBe(true);
    const stats = (await (await fetch(`${organisation}/debug/sql`)).json()) as { statements: string[] };
    const peopleStatements = stats.statements.filter((sql) => /FROM "person"/i.test(sql));
    expect(peopleStatements).toHaveLength(1);
  });

  it("runs every subgraph on the stack's fixed clock and moves them all at once", async () => {
    const readClocks = async () =>
      Promise.all(
        Object.values(stack.urls.subgraphs).map(async (url) => {
          const response = await fetch(url.replace(/\/graphql$/, "/debug/clock"));
          return Date.parse(((await response.json()) as { now: string }).now);
        }),
      );
    const localDay = (instant: number | string) => new Date(instant).toLocaleDateString("en-CA", { timeZone: "Asia/Shanghai" });
    expect(localDay(stack.clockStart)).toBe("2026-06-15");
    expect(localDay(stack.clockNow())).toBe("2026-06-15");
    for (const reading of await readClocks()) expect(Math.abs(reading - Date.parse(stack.clockNow()))).toBeLessThan(2_000);

    const nextEvening = "2026-06-16T12:00:00.000Z";
    const moved = await stack.setClock(nextEvening);
    expect(Object.keys(moved).sort()).toEqual(["council", "organisation", "requests", "station", "volunteers"]);
    for (const reading of await readClocks()) expect(reading - Date.parse(nextEvening)).toBeGreaterThanOrEqual(0);
    for (const reading of await readClocks()) expect(reading - Date.parse(nextEvening)).toBeLessThan(2_000);
    expect(localDay(stack.clockNow())).toBe("2026-06-16");
  });

  it("keeps answering with one subgraph down, with partial data and an error for the missing part", async () => {
    const zones = await query(`{ zones { id } }`);
    const zoneId = zones.data.zones[0].id;
    await stack.stopProcess("station");
    const unaffected = await query(`{ orgRoots { id } volunteerTeams { id } }`);
    expect(unaffected.errors).toBeUndefined();
    expect(unaffected.data.orgRoots.length).toBeGreaterThan(0);

    const partial = await query(`query($id: ID!) { orgRoots { id } zone(id: $id) { id name } }`, { id: zoneId });
    expect(partial.status).toBe(200);
    expect(partial.data.orgRoots.length).toBeGreaterThan(0);
    expect(partial.data.zone).toBeNull();
    expect(partial.errors?.length).toBeGreaterThan(0);
    expect(partial.errors?.[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "station" });

    const health = (await (await fetch(`${stack.urls.gateway}/health`)).json()) as { status: string; subgraphs: Record<string, string> };
    expect(health.status).toBe("degraded");
    expect(health.subgraphs.station).toMatch(/^down/);
  });

  it("returns a person without the volunteers' part when that subgraph is down", async () => {
    await stack.stopProcess("volunteers");
    // The volunteer record is the person's own (and staff's): ask as 刘洋 himself.
    const self = await tokenFor(["VOLUNTEER"], "00000000-0000-4000-8000-000000000005");
    const answer = await query(`{ person(id: "00000000-0000-4000-8000-000000000005") { name volunteer { id } } }`, undefined, self);
    expect(answer.data.person.name).toBe("刘洋");
    expect(answer.data.person.volunteer).toBeNull();
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "volunteers" });
  });
});
