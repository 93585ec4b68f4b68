// Privacy through the gateway of a running stack: anonymous callers and INTEGRATOR read no personal field
// through any door, the Done-when checks, who sees the submitter of an anonymous request (issue 12),
// and `_entities` on each subgraph without a token.
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { demoGridId, demoNeighbourhoodId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSchema } from "./support/api-schema.js";
import type { ArgumentContext } from "./support/arguments.js";
import { entitiesQuery, entityDoors } from "./support/entities.js";
import { mapLimit } from "./support/outcome.js";
import { loadReadPolicies, PERSONAL_BY_DECISION, personalFields, PolicyView, type Reader } from "./support/personal-fields.js";
import { leakOf, probesFor, reaches, shortestChains } from "./support/privacy-paths.js";
import { loadSamples } from "./support/samples.js";
import { bearer, viewerTokens, type ViewerName } from "./support/viewers.js";
import { post, resetStatements, startTestStack, statementsSinceReset, type RunningStack } from "./stack.js";

const schema = apiSchema();
let stack: RunningStack;
let tokens: Record<ViewerName, string | undefined>;
let context: ArgumentContext;
let view: PolicyView;

const ask = (query: string, viewer: ViewerName, variables?: Record<string, unknown>) =>
  post(stack.urls.graphql, { query, variables }, bearer(tokens[viewer]));
const codes = (answer: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
  (answer.errors ?? []).map((error) => error.extensions?.code);

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  tokens = await viewerTokens(stack.urls.gateway);
  const now = Date.parse(stack.clockNow());
  context = { samples: await loadSamples(stack.urls.graphql, tokens.ADMIN!, now), now, salt: "privacy" };
  view = new PolicyView(await loadReadPolicies());
});
afterAll(async () => {
  await stack?.stop();
});

describe("personal fields read by anonymous callers and INTEGRATOR", () => {
  it("names only fields the composed schema has in the lead's list of personal data", () => {
    const missing = PERSONAL_BY_DECISION.filter((coordinate) => {
      const [type, field] = coordinate.split(".");
      return !(schema.getType(type) as { getFields?: () => Record<string, unknown> })?.getFields?.()[field];
    });
    expect(missing).toEqual([]);
  });

  // ADMIN's answer to a probe shows whether its door reaches data; both readers ask the same doors, so once.
  const adminAnswers = new Map<string, ReturnType<typeof ask>>();
  const adminAnswer = (document: string) => {
    if (!adminAnswers.has(document)) adminAnswers.set(document, ask(document, "ADMIN"));
    return adminAnswers.get(document)!;
  };

  // Some two thousand doors a reader, each a read through the whole stack: longer than a test's default minute
  // on a loaded machine.
  it.each<[Reader, "UNAUTHENTICATED" | "FORBIDDEN"]>([
    ["anonymous", "UNAUTHENTICATED"],
    ["INTEGRATOR", "FORBIDDEN"],
  ])(
    "%s reads no personal field through any door (%s, or REDACTED_TEXT for redacted free text)",
    { timeout: 240_000 },
    async (reader, code) => {
      const targets = personalFields(schema, view, reader);
      // Fields the policies mask for this reader (a unit's members: [] for anyone signed in beyond its people).
      const masks = new Map(targets.flatMap((target) => (target.mask ? [[`${target.type}.${target.field}`, target.mask] as const] : [])));
      const chains = shortestChains(schema, context);
      const probes = targets.flatMap((target) => probesFor(schema, target, chains, context));
      const answers = await mapLimit(probes, 6, async (probe) => ({
        probe,
        admin: await adminAnswer(probe.document),
        reader: await ask(probe.document, reader),
      }));
      const reached = new Set<string>();
      const leaks: string[] = [];
      for (const { probe, admin, reader: answer } of answers) {
        if (!reaches(probe, admin)) continue;
        reached.add(`${probe.target.type}.${probe.target.field}`);
        const leak = leakOf(probe, answer, admin, code, masks);
        if (leak) leaks.push(`${probe.target.type}.${probe.target.field}: ${leak}\n    ${probe.document}`);
      }
      const unreached = targets.map((target) => `${target.type}.${target.field}`).filter((coordinate) => !reached.has(coordinate));
      console.log(
        `privacy (${reader}): ${targets.length} personal fields, ${probes.length} doors, ${reached.size} fields reached with data`,
      );
      // A personal field no door reaches on the seeded stack is a field this test cannot prove closed.
      expect({ leaks, unreached: unreached.filter((coordinate) => !UNREACHED_ON_THE_SEED.includes(coordinate)) }).toEqual({
        leaks: [],
        unreached: [],
      });
    },
  );
});

/** Personal fields the seeded community holds no row for (nothing to read, so nothing to prove). */
const UNREACHED_ON_THE_SEED: readonly string[] = [
  // issue 13: a series booked is only bookSeries' answer, never a query's; a correction exists only once a
  // leader corrected a sign-up (the seed corrects none; volunteers' own privacy tests read it after one)
  "SeriesBooking.bookings",
  "ServiceTimeCorrection.by",
];

describe("the issue's Done-when checks", () => {
  it("with no token, { people(first: 3) { totalCount } } answers UNAUTHENTICATED and no count", async () => {
    const answer = await ask("{ people(first: 3) { totalCount } }", "anonymous");
    expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
    expect(answer.data?.people ?? null).toBeNull();
  });

  it("as INTEGRATOR, submitRequest answers FORBIDDEN and writes nothing", async () => {
    const mutation = `mutation { submitRequest(input: { clientRequestId: "privacy-integrator", title: "路灯不亮", description: "3栋门口",
      channel: WECHAT, category: ${JSON.stringify(context.samples.categoryName)}, submitterId: "${context.samples.ids.Person}" }) { id } }`;
    await resetStatements(stack.urls.subgraphs.requests);
    const answer = await ask(mutation, "INTEGRATOR");
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "READ_ONLY_ACCOUNT" });
    expect(answer.data ?? null).toBeNull();
    expect((await statementsSinceReset(stack.urls.subgraphs.requests)).filter((sql) => /\b(INSERT|UPDATE|DELETE)\b/i.test(sql))).toEqual(
      [],
    );
  });

  it("as INTEGRATOR, requests answer their codes with submitter null and one FORBIDDEN on each submitter", async () => {
    const answer = await ask("{ requests { edges { node { code title submitter { name } } } } }", "INTEGRATOR");
    const edges: Array<{ node: { code: string; title: string; submitter: unknown } }> = answer.data.requests.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.node).toEqual({ code: expect.stringMatching(/\S/), title: REDACTED_TEXT, submitter: null });
    const paths = (answer.errors ?? []).map((error) => [error.extensions?.code, ...(error.path ?? [])].join("."));
    expect(paths.sort()).toEqual(edges.map((_edge, index) => `FORBIDDEN.requests.edges.${index}.node.submitter`).sort());
  });

  it.each<ViewerName>(["anonymous", "ADMIN"])("{ peple { totalCount } } suggests nothing (%s)", async (viewer) => {
    const answer = await ask("{ peple { totalCount } }", viewer);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(JSON.stringify(answer)).not.toMatch(/Did you mean|people/);
  });

  it.each<ViewerName>(["anonymous", "ADMIN"])("refuses the fan-out query by its cost, before running it (%s)", async (viewer) => {
    const answer = await ask("{ volunteerTeams { members { teams { members { teams { members { person { name } } } } } } } }", viewer);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", reason: "COST_LIMIT" });
    expect(answer.data).toBeUndefined();
  });
});

describe("an anonymous request (issue 12): who asked is the submitter's, community staff's and ADMIN's alone", () => {
  // Person 485 lives in neighbourhood 1, in grid 1: the grid leader handles the request and reads its texts.
  const SUBMITTER = demoPersonId(485);
  const READ = `query($id: ID!) { request(id: $id) { id anonymous title submitter { id } events { type actor { id } } } }`;
  const BY_SUBMITTER = `query($submitter: ID!) { requests(first: 100, filter: { submitterId: $submitter }) { edges { node { id } } } }`;
  let submitterToken: string;
  let requestId: string;

  beforeAll(async () => {
    const answer = await post(`${stack.urls.gateway}/auth/dev-token`, { personId: SUBMITTER });
    submitterToken = (answer as unknown as { token: string }).token;
    const input = {
      clientRequestId: `privacy-anonymous-${Date.now().toString(36)}`,
      title: "匿名反映：楼下商铺夜间噪音",
      description: "每晚十一点后仍有噪音",
      channel: "WECHAT",
      category: context.samples.categoryName,
      neighbourhoodId: demoNeighbourhoodId(1),
      anonymous: true,
    };
    const submitted = await post(
      stack.urls.graphql,
      { query: `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { id grid { id } } }`, variables: { input } },
      bearer(submitterToken),
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data.submitRequest.grid).toEqual({ id: demoGridId(1) });
    requestId = submitted.data.submitRequest.id;
  });

  it.each<ViewerName>(["COMMUNITY_STAFF", "ADMIN"])("%s reads who asked, on the request and on its SUBMITTED entry", async (viewer) => {
    const answer = await ask(READ, viewer, { id: requestId });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.request).toMatchObject({
      anonymous: true,
      submitter: { id: SUBMITTER },
      events: [{ type: "SUBMITTED", actor: { id: SUBMITTER } }],
    });
    const listed = await ask(BY_SUBMITTER, viewer, { submitter: SUBMITTER });
    expect(listed.data.requests.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(requestId);
  });

  it("the submitter reads their own as theirs", async () => {
    const answer = await post(stack.urls.graphql, { query: READ, variables: { id: requestId } }, bearer(submitterToken));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.request).toMatchObject({ anonymous: true, submitter: { id: SUBMITTER } });
  });

  it.each<ViewerName>(["GRID_LEADER", "PARTY_COMMITTEE", "INTEGRATOR"])(
    "%s reads the request, but submitter and the SUBMITTED entry's actor null with FORBIDDEN, and no submitter filter finds it",
    async (viewer) => {
      const answer = await ask(READ, viewer, { id: requestId });
      expect(answer.data.request).toMatchObject({
        id: requestId,
        anonymous: true,
        submitter: null,
        events: [{ type: "SUBMITTED", actor: null }],
      });
      const refused = (answer.errors ?? []).map((error) => `${error.extensions?.code}@${(error.path ?? []).join(".")}`).sort();
      expect(refused).toEqual(["FORBIDDEN@request.events.0.actor", "FORBIDDEN@request.submitter"]);
      const listed = await ask(BY_SUBMITTER, viewer, { submitter: SUBMITTER });
      // A reader asking by submitter learns nothing of it (INTEGRATOR may not filter by person at all).
      expect(listed.data?.requests?.edges.map((edge: { node: { id: string } }) => edge.node.id) ?? []).not.toContain(requestId);
    },
  );
});

describe("grants and the viewer (issue 11)", () => {
  const VIEWER = "{ viewer { person { id } grants { role scopeKind scopeId person { id } } communities { code } } }";

  it("Query.viewer answers anonymous callers nobody: no person, no grants, no communities", async () => {
    const answer = await ask(VIEWER, "anonymous");
    expect(answer.errors).toBeUndefined();
    expect(answer.data.viewer).toEqual({ person: null, grants: [], communities: [] });
  });

  it("Query.viewer answers INTEGRATOR its own grant only, with no person", async () => {
    const answer = await ask("{ viewer { person { id } grants { role scopeKind scopeId } } }", "INTEGRATOR");
    expect(answer.errors).toBeUndefined();
    expect(answer.data.viewer).toEqual({ person: null, grants: [{ role: "INTEGRATOR", scopeKind: "GLOBAL", scopeId: null }] });
  });

  it.each<ViewerName>(["RESIDENT", "VOLUNTEER", "GRID_LEADER", "STATION_STAFF"])(
    "Query.viewer answers %s their own person and grants, never another's",
    async (viewer) => {
      const answer = await ask(VIEWER, viewer);
      expect(answer.errors).toBeUndefined();
      const self = answer.data.viewer.person.id;
      expect(answer.data.viewer.grants.length).toBeGreaterThan(0);
      expect(answer.data.viewer.grants.map((grant: { person: { id: string } }) => grant.person.id)).toEqual(
        answer.data.viewer.grants.map(() => self),
      );
    },
  );

  it.each<ViewerName>(["RESIDENT", "VOLUNTEER", "GRID_LEADER", "STATION_STAFF", "INTEGRATOR"])(
    "%s reads no one else's grants (Person.grants of person 589)",
    async (viewer) => {
      const answer = await ask(`query($id: ID!) { person(id: $id) { grants { role } } }`, viewer, { id: context.samples.ids.Person });
      expect(answer.data?.person?.grants ?? null).toBeNull();
      expect(codes(answer)).toContain("FORBIDDEN");
    },
  );
});

describe("_entities on each subgraph, called directly without a token", () => {
  /** Types the lead made public: resolved by reference for anyone, but never their personal parts. */
  const PUBLIC_PARTS: Record<string, string> = {
    OrgUnit: "id members { totalCount }",
    VolunteerTeam: "id members { id }",
    Zone: `id bookings(from: "2026-06-01T00:00:00Z", to: "2026-07-01T00:00:00Z") { id }`,
  };
  /** Types with no personal part at all (issue 11: communities), resolved by reference for anyone. */
  // Entities public as a whole: a community's code and name, and the community rules (居民公约 are posted for all).
  const WHOLLY_PUBLIC: Record<string, { subgraph: "organisation" | "council"; selection: string; field: string }> = {
    Community: { subgraph: "organisation", selection: "id code name", field: "code" },
    CommunityRule: { subgraph: "council", selection: "id title", field: "title" },
  };
  const doors = entityDoors().filter((door) => !WHOLLY_PUBLIC[door.type]);

  it.each(Object.entries(WHOLLY_PUBLIC))("answers %s to anyone, with no error", async (type, { subgraph, selection, field }) => {
    const answer = await post(stack.urls.subgraphs[subgraph], {
      query: entitiesQuery(type, selection),
      variables: { representations: [{ __typename: type, id: context.samples.ids[type] }] },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities[0]).toMatchObject({ id: context.samples.ids[type], [field]: expect.any(String) });
  });

  it("knows a door per entity of every subgraph", () => {
    expect(new Set(entityDoors().map((door) => door.subgraph))).toEqual(
      new Set(["organisation", "requests", "volunteers", "station", "council"]),
    );
  });

  it.each(doors.map((door) => [door.type, door.subgraph] as const))(
    "refuses %s on %s: UNAUTHENTICATED, no data",
    async (type, subgraph) => {
      const id = type === "DepartmentEvaluation" ? await departmentEvaluationId() : context.samples.ids[type];
      expect(id, `a sample ${type}`).toBeTruthy();
      const selection = PUBLIC_PARTS[type] ?? "id __typename";
      const answer = await post(stack.urls.subgraphs[subgraph], {
        query: entitiesQuery(type, selection),
        variables: { representations: [{ __typename: type, id }] },
      });
      expect(answer.status).toBeLessThan(500);
      expect(codes(answer)).toContain("UNAUTHENTICATED");
      expect(codes(answer).filter((code) => code !== "UNAUTHENTICATED")).toEqual([]);
      const entity = answer.data?._entities?.[0] ?? null;
      // A public type may answer its key; a personal part of it (and any other type) answers nothing.
      if (PUBLIC_PARTS[type] && entity) expect(Object.keys(entity)).toEqual(["id"]);
      else expect(entity).toBeNull();
    },
  );
});

async function departmentEvaluationId(): Promise<string | undefined> {
  const window = { from: new Date(context.now - 366 * 86_400_000).toISOString(), to: new Date(context.now).toISOString() };
  const answer = await ask(
    "query($from: DateTime!, $to: DateTime!) { departmentEvaluations(from: $from, to: $to) { id } }",
    "ADMIN",
    window,
  );
  return answer.data?.departmentEvaluations?.[0]?.id;
}
