import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { demoNeighbourhoodId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import {
  MUTATIONS,
  SUBMIT,
  admin,
  committee,
  gridLeader,
  otherResident,
  resident,
  staff,
  submitInput,
  volunteer,
  startRequestsSubgraph,
} from "./helpers.js";
import {
  ALL_FIELDS,
  PERSONAL_FIELDS,
  TEXT,
  handledRequest,
  leaks,
  refusals,
  selectionOf,
  withoutPersonalData,
  type HandledRequest,
} from "./support/handled-request.js";

const integrator: As = { roles: ["INTEGRATOR"] };
const stationStaff: As = { roles: ["STATION_STAFF"], personId: demoPersonId(3) };
/** Ids the request's personal fields hold: the submitter, the person dispatched, the staff who acted, the neighbourhood. */
const PERSONAL_IDS = [resident.personId, volunteer.personId, staff.personId, demoNeighbourhoodId(1)];

const BY_ID = `query($id: ID!) { request(id: $id) { ${ALL_FIELDS} } }`;
const LIST = `{ requests(first: 100) { totalCount edges { node { ${ALL_FIELDS} } } } }`;
const EVALUATIONS = /* GraphQL */ `
  query ($from: DateTime!, $to: DateTime!) {
    departmentEvaluations(from: $from, to: $to) {
      id
      department
      responseSpeed
      quality
      comment
      evaluatedAt
      request {
        code
        title
      }
    }
  }
`;

let subgraph: TestSubgraph;
let handled: HandledRequest;
let window: { from: string; to: string };
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  handled = await handledRequest(subgraph);
  const other = await subgraph.request(SUBMIT, { input: submitInput({ title: "其他居民的诉求" }) }, otherResident);
  expect(other.errors).toBeUndefined();
  const now = subgraph.clock.now().getTime();
  window = { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 3_600_000).toISOString() };
});
afterAll(async () => {
  await subgraph?.stop();
});

const read = (as: As) => subgraph.request(BY_ID, { id: handled.id }, as);

describe("an anonymous caller", () => {
  it.each(Object.keys(PERSONAL_FIELDS))("reads no %s of any request: UNAUTHENTICATED, no data", async (field) => {
    const queries = {
      requests: `{ requests { edges { node { code ${selectionOf(field)} } } } }`,
      request: `{ request(id: "${handled.id}") { code ${selectionOf(field)} } }`,
    };
    for (const [root, query] of Object.entries(queries)) {
      const answer = await subgraph.request(query);
      expect(answer.data?.[root] ?? null).toBeNull();
      expect(refusals(answer)).toEqual([`${root} UNAUTHENTICATED SIGN_IN_REQUIRED`]);
      expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
    }
  });

  it("reads no department evaluation's comment: UNAUTHENTICATED, no data", async () => {
    const answer = await subgraph.request(EVALUATIONS, window);
    expectRefused(answer, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expect(answer.data ?? null).toBeNull();
    expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
  });
});

describe("an integrator", () => {
  it("gets the codes of requests with submitter null and one FORBIDDEN per request", async () => {
    const answer = await subgraph.request(`{ requests { edges { node { code submitter { id } } } } }`, {}, integrator);
    const edges = answer.data!.requests.edges;
    expect(edges).toHaveLength(2);
    // Both were submitted in the same instant: their order is the ids'.
    for (const { node } of edges) expect(node).toEqual({ code: expect.stringMatching(/^DT-\d{4}-\d{6}$/), submitter: null });
    expect(edges.map((edge: any) => edge.node.code)).toContain(handled.code);
    expect(refusals(answer)).toEqual([0, 1].map((i) => `requests.edges.${i}.node.submitter FORBIDDEN FIELD_NOT_ALLOWED`));
  });

  it.each([
    ["a service account", integrator],
    ["a token that also carries the submitter's person id", { roles: ["INTEGRATOR"], personId: resident.personId } as As],
  ])("as %s, reads every fact staff read and nothing personal", async (_label, as) => {
    const full = await read(staff);
    expect(full.errors).toBeUndefined();
    const expected = withoutPersonalData(full.data, "request");
    const answer = await read(as);
    expect(answer.data).toEqual(expected.data);
    expect(refusals(answer)).toEqual(expected.errors);
    expect(expected.errors.length).toBeGreaterThan(4);
    expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
  });

  it.each(Object.entries(PERSONAL_FIELDS))("gets %s as %s in the list", async (field) => {
    const query = `{ requests { edges { node { id ${selectionOf(field)} } } } }`;
    const full = await subgraph.request(query, {}, staff);
    expect(full.errors).toBeUndefined();
    expect(leaks(full, PERSONAL_IDS)).not.toEqual([]);
    const expected = withoutPersonalData(full.data, "requests.edges.node");
    const answer = await subgraph.request(query, {}, integrator);
    expect(answer.data).toEqual(expected.data);
    expect(refusals(answer)).toEqual(expected.errors);
    expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
  });

  it("finds no request by what it may not read: no submitter filter, a search of codes only", async () => {
    const bySubmitter = `query($s: ID) { requests(filter: { submitterId: $s }) { totalCount } }`;
    expectRefused(await subgraph.request(bySubmitter, { s: resident.personId }, integrator), "FORBIDDEN", "PERSONAL_FILTER_NOT_ALLOWED");
    const search = `query($q: String) { requests(filter: { search: $q }) { totalCount edges { node { code } } } }`;
    for (const [q, staffSees, integratorSees] of [
      ["13800000004", 1, 0],
      ["402 室", 1, 0],
      [handled.code, 1, 1],
    ] as const) {
      expect((await subgraph.request(search, { q }, staff)).data!.requests.totalCount, q).toBe(staffSees);
      const answer = await subgraph.request(search, { q }, integrator);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.requests.totalCount, q).toBe(integratorSees);
      expect(answer.data!.requests.edges.map((edge: any) => edge.node.code)).toEqual(integratorSees ? [handled.code] : []);
    }
  });

  it("reads department evaluations without their comments or the request's title", async () => {
    const answer = await subgraph.request(EVALUATIONS, window, integrator);
    expect(answer.data!.departmentEvaluations).toEqual([
      expect.objectContaining({
        department: "区住建局",
        responseSpeed: 2,
        quality: 3,
        comment: null,
        request: { code: handled.code, title: REDACTED_TEXT },
      }),
    ]);
    expect(refusals(answer)).toEqual(["departmentEvaluations.0.comment FORBIDDEN FIELD_NOT_ALLOWED"]);
    expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
  });

  it("submits, rates and reviews nothing, whatever else its token says: FORBIDDEN READ_ONLY_ACCOUNT, nothing written", async () => {
    const asSubmitter: As = { roles: ["INTEGRATOR"], personId: resident.personId };
    const asHandler: As = { roles: ["INTEGRATOR", "COMMUNITY_STAFF"], personId: staff.personId };
    const attempts: Array<[string, Record<string, unknown>, As]> = [
      [SUBMIT, { input: submitInput() }, asSubmitter],
      [MUTATIONS.rate, { id: handled.id, score: 1, comment: "x" }, asSubmitter],
      [MUTATIONS.review, { id: handled.id, reasonable: false, note: "x" }, asHandler],
    ];
    for (const [mutation, variables, as] of attempts) {
      const attempt = () => subgraph.request(mutation, variables, as);
      await expectRefusedWithoutWrites(subgraph, attempt, "FORBIDDEN", "READ_ONLY_ACCOUNT");
    }
  });
});

describe("a resident", () => {
  it("reads everything of their own request, by id and in their list", async () => {
    const answer = await read(resident);
    expect(answer.errors).toBeUndefined();
    const request = answer.data!.request;
    expect(request).toMatchObject({
      title: TEXT.title,
      description: TEXT.description,
      submitter: { id: resident.personId },
      neighbourhood: { id: demoNeighbourhoodId(1) },
      assignment: { assigneeName: TEXT.assigneeName, assigneePerson: { id: volunteer.personId } },
      residentRating: { score: 4, comment: TEXT.ratingComment },
      communityReview: { reasonable: true, note: TEXT.reviewNote },
    });
    expect(request.events.map((event: any) => event.note)).toEqual(
      expect.arrayContaining([TEXT.assigneeName, TEXT.resolveNote, `4/5 ${TEXT.ratingComment}`, TEXT.reviewNote]),
    );
    expect(new Set(request.events.map((event: any) => event.actor?.id))).toEqual(new Set([resident.personId, staff.personId]));
    const listed = await subgraph.request(LIST, {}, resident);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.requests.edges.map((edge: any) => edge.node)).toEqual([request]);
  });

  it.each([
    ["another resident", otherResident],
    ["a volunteer (even the one dispatched)", volunteer],
    ["station staff", stationStaff],
  ])("as %s, reads none of someone else's requests", async (_label, as) => {
    const byId = await read(as);
    expectRefused(byId, "FORBIDDEN", "NOT_OWN_REQUEST");
    expect(byId.data?.request ?? null).toBeNull();
    expect(leaks(byId, PERSONAL_IDS)).toEqual([]);
    const listed = await subgraph.request(LIST, {}, as);
    expect(listed.errors).toBeUndefined();
    const nodes = listed.data!.requests.edges.map((edge: any) => edge.node);
    expect(nodes.every((node: any) => node.submitter.id === as.personId)).toBe(true);
    expect(nodes.map((node: any) => node.id)).not.toContain(handled.id);
    expect(listed.data!.requests.totalCount).toBe(nodes.length);
    const theirs = await subgraph.request(
      `query($s: ID) { requests(filter: { submitterId: $s }) { totalCount } }`,
      { s: resident.personId },
      as,
    );
    expectRefused(theirs, "FORBIDDEN", "NOT_OWN_REQUEST");
  });
});

describe("the handling staff", () => {
  it.each([
    ["a grid leader", gridLeader],
    ["community staff", staff],
    ["the party committee", committee],
    ["an admin", admin],
  ])("as %s, read every field of every request in full", async (_label, as) => {
    const answer = await read(as);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.request).toMatchObject({
      title: TEXT.title,
      description: TEXT.description,
      submitter: { id: resident.personId },
      neighbourhood: { id: demoNeighbourhoodId(1) },
      assignment: { assigneeName: TEXT.assigneeName, assigneePerson: { id: volunteer.personId } },
      residentRating: { comment: TEXT.ratingComment },
      communityReview: { note: TEXT.reviewNote },
    });
    expect(answer.data!.request.events.every((event: any) => event.actor?.id)).toBe(true);
    const listed = await subgraph.request(LIST, {}, as);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.requests.totalCount).toBe(2);
    expect(listed.data!.requests.edges.map((edge: any) => edge.node.submitter.id).sort()).toEqual(
      [resident.personId, otherResident.personId].sort(),
    );
  });

  it("read department evaluations with their comments", async () => {
    for (const as of [gridLeader, staff, committee, admin]) {
      const answer = await subgraph.request(EVALUATIONS, window, as);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.departmentEvaluations[0]).toMatchObject({ comment: TEXT.evaluationComment, request: { title: TEXT.title } });
    }
  });
});
