import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { admin, committee, gridLeader, otherResident, resident, staff, volunteer, startRequestsSubgraph } from "./helpers.js";
import { ALL_FIELDS, TEXT, handledRequest, leaks, refusals, withoutPersonalData, type HandledRequest } from "./support/handled-request.js";

/*
 * `_entities` is a side door: anyone who can reach a subgraph's port can call it, without the gateway.
 * Each entity type of the subgraph answers it by the type's entity rule, and its fields by their rules.
 */
const integrator: As = { roles: ["INTEGRATOR"] };
const stationStaff: As = { roles: ["STATION_STAFF"], personId: demoPersonId(3) };
const UNKNOWN = "5f0c7a52-0000-4000-8000-000000000000";

const ENTITIES = /* GraphQL */ `
  query($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on ResidentRequest { ${ALL_FIELDS} }
      ... on DepartmentEvaluation { id department responseSpeed quality comment evaluatedAt request { id code title } }
    }
  }
`;

let subgraph: TestSubgraph;
let handled: HandledRequest;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  handled = await handledRequest(subgraph);
});
afterAll(async () => {
  await subgraph?.stop();
});

const request = (id = handled.id) => ({ __typename: "ResidentRequest", id });
const evaluation = (id = handled.evaluationId) => ({ __typename: "DepartmentEvaluation", id });
const resolve = (reps: Array<Record<string, string>>, as?: As): Promise<GraphQLAnswer> => subgraph.request(ENTITIES, { reps }, as);
const PERSONAL_IDS = [resident.personId, volunteer.personId, staff.personId];

/** Refused for every representation: no entity answered, one error per representation, nothing leaked. */
function expectRefusedEntities(answer: GraphQLAnswer, count: number, code: string, reason: string) {
  expect((answer.data?._entities ?? []).filter((entity: unknown) => entity !== null)).toEqual([]);
  expect(refusals(answer)).toEqual(Array.from({ length: count }, (_, i) => `_entities.${i} ${code} ${reason}`).sort());
  expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
  expect(JSON.stringify(answer)).not.toContain(handled.code);
}

describe("_entities without a token", () => {
  it("refuses a ResidentRequest, known or not: UNAUTHENTICATED, no data", async () => {
    expectRefusedEntities(await resolve([request(), request(UNKNOWN)]), 2, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
  });

  it("refuses a DepartmentEvaluation: UNAUTHENTICATED, no data", async () => {
    expectRefusedEntities(await resolve([evaluation()]), 1, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
  });

  it("is refused over plain HTTP, as curl would send it", async () => {
    const body = JSON.stringify({
      query: `{ _entities(representations: [{ __typename: "ResidentRequest", id: "${handled.id}" }]) { ... on ResidentRequest { code title } } }`,
    });
    const response = await fetch(subgraph.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const answer = { ...((await response.json()) as GraphQLAnswer), status: response.status };
    expectRefusedEntities(answer, 1, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expect(JSON.stringify(answer)).not.toContain(TEXT.title);
  });
});

describe("_entities with a token", () => {
  it.each([
    ["a grid leader", gridLeader],
    ["community staff", staff],
    ["the party committee", committee],
    ["an admin", admin],
  ])("answers %s both entity types in full", async (_label, as) => {
    const answer = await resolve([request(), evaluation()], as);
    expect(answer.errors).toBeUndefined();
    const [req, evaluated] = answer.data!._entities;
    expect(req).toMatchObject({ code: handled.code, title: TEXT.title, submitter: { id: resident.personId } });
    expect(req.residentRating.comment).toBe(TEXT.ratingComment);
    expect(evaluated).toMatchObject({ comment: TEXT.evaluationComment, request: { code: handled.code, title: TEXT.title } });
  });

  it("answers the submitter their own request in full", async () => {
    const answer = await resolve([request()], resident);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities[0]).toMatchObject({
      code: handled.code,
      description: TEXT.description,
      submitter: { id: resident.personId },
      assignment: { assigneeName: TEXT.assigneeName },
      communityReview: { note: TEXT.reviewNote },
    });
  });

  it("answers an integrator the facts only", async () => {
    const full = await resolve([request(), evaluation()], staff);
    const answer = await resolve([request(), evaluation()], integrator);
    const [req, evaluated] = answer.data!._entities;
    const expected = withoutPersonalData({ request: full.data!._entities[0] }, "request");
    expect({ request: req }).toEqual(expected.data);
    expect(evaluated).toMatchObject({ department: "区住建局", comment: null, request: { code: handled.code, title: REDACTED_TEXT } });
    const requestErrors = expected.errors.map((error) => error.replace(/^request\./, "_entities.0."));
    expect(refusals(answer)).toEqual([...requestErrors, "_entities.1.comment FORBIDDEN FIELD_NOT_ALLOWED"].sort());
    expect(leaks(answer, PERSONAL_IDS)).toEqual([]);
  });

  it.each([
    ["another resident", otherResident],
    ["a volunteer", volunteer],
    ["station staff", stationStaff],
  ])("refuses %s someone else's request: FORBIDDEN, no data", async (_label, as) => {
    expectRefusedEntities(await resolve([request(), request(UNKNOWN)], as), 2, "FORBIDDEN", "FIELD_NOT_ALLOWED");
  });

  it("refuses a department evaluation to those who do not read every request: FORBIDDEN, no data", async () => {
    for (const as of [resident, volunteer, stationStaff]) {
      expectRefusedEntities(await resolve([evaluation()], as), 1, "FORBIDDEN", "FIELD_NOT_ALLOWED");
    }
  });
});
