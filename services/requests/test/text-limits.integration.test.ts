import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import {
  ASSIGNEE_NAME_MAX,
  CATEGORY_NAME_MAX,
  CLIENT_REQUEST_ID_MAX,
  DEPARTMENT_NAME_MAX,
  EVALUATION_COMMENT_MAX,
  RATING_COMMENT_MAX,
  REQUEST_DESCRIPTION_MAX,
  REQUEST_NOTE_MAX,
  REQUEST_SEARCH_MAX,
  REQUEST_TITLE_MAX,
  REVIEW_NOTE_MAX,
} from "@dongting/domain/requests";
import { MUTATIONS, SUBMIT, resident, staff, submitInput, startRequestsSubgraph } from "./helpers.js";

/*
 * Every free-text argument and input field of the subgraph, one character over its limit: refused with
 * BAD_USER_INPUT naming the field, before anything is read or written. Input types refuse through their
 * validators (INVALID_INPUT, constraint maxLength); plain arguments through the service (TEXT_TOO_LONG).
 */
let subgraph: TestSubgraph;
let id: string;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  const submitted = await subgraph.request(SUBMIT, { input: submitInput() }, resident);
  expect(submitted.errors).toBeUndefined();
  id = submitted.data!.submitRequest.id;
});
afterAll(async () => {
  await subgraph?.stop();
});

const over = (max: number) => "字".repeat(max + 1);
const EVALUATE = `mutation($input: DepartmentEvaluationInput!) { evaluateDepartment(input: $input) { id } }`;
const evaluation = (overrides: Record<string, unknown>) => ({ department: "区民政局", responseSpeed: 3, quality: 3, ...overrides });

type Case = [label: string, query: string, variables: () => Record<string, unknown>, as: As, field: string, reason: string];
const CASES: Case[] = [
  [
    "submitRequest title",
    SUBMIT,
    () => ({ input: submitInput({ title: over(REQUEST_TITLE_MAX) }) }),
    resident,
    "input.title",
    "INVALID_INPUT",
  ],
  [
    "submitRequest description",
    SUBMIT,
    () => ({ input: submitInput({ description: over(REQUEST_DESCRIPTION_MAX) }) }),
    resident,
    "input.description",
    "INVALID_INPUT",
  ],
  [
    "submitRequest category",
    SUBMIT,
    () => ({ input: submitInput({ category: over(CATEGORY_NAME_MAX) }) }),
    resident,
    "input.category",
    "INVALID_INPUT",
  ],
  [
    "submitRequest clientRequestId",
    SUBMIT,
    () => ({ input: submitInput({ clientRequestId: "k".repeat(CLIENT_REQUEST_ID_MAX + 1) }) }),
    resident,
    "input.clientRequestId",
    "INVALID_INPUT",
  ],
  [
    "assignRequest assigneeName",
    MUTATIONS.assign,
    () => ({ id, input: { forceKind: "CADRE", assigneeName: over(ASSIGNEE_NAME_MAX) } }),
    staff,
    "input.assigneeName",
    "INVALID_INPUT",
  ],
  ["resolveRequest note", MUTATIONS.resolve, () => ({ id, note: over(REQUEST_NOTE_MAX) }), staff, "note", "TEXT_TOO_LONG"],
  ["escalateRequest reason", MUTATIONS.escalate, () => ({ id, reason: over(REQUEST_NOTE_MAX) }), staff, "reason", "TEXT_TOO_LONG"],
  ["rejectRequest reason", MUTATIONS.reject, () => ({ id, reason: over(REQUEST_NOTE_MAX) }), staff, "reason", "TEXT_TOO_LONG"],
  [
    "rateRequest comment",
    MUTATIONS.rate,
    () => ({ id, score: 5, comment: over(RATING_COMMENT_MAX) }),
    resident,
    "comment",
    "TEXT_TOO_LONG",
  ],
  ["reviewRequest note", MUTATIONS.review, () => ({ id, reasonable: true, note: over(REVIEW_NOTE_MAX) }), staff, "note", "TEXT_TOO_LONG"],
  [
    "evaluateDepartment department",
    EVALUATE,
    () => ({ input: evaluation({ department: over(DEPARTMENT_NAME_MAX) }) }),
    staff,
    "input.department",
    "INVALID_INPUT",
  ],
  [
    "evaluateDepartment comment",
    EVALUATE,
    () => ({ input: evaluation({ comment: over(EVALUATION_COMMENT_MAX) }) }),
    staff,
    "input.comment",
    "INVALID_INPUT",
  ],
];

describe("free-text limits", () => {
  it.each(CASES)(
    "refuses a %s over its limit, naming the field, and writes nothing",
    async (_label, query, variables, as, field, reason) => {
      const error = await expectRefusedWithoutWrites(subgraph, () => subgraph.request(query, variables(), as), "BAD_USER_INPUT", reason);
      expect(error.extensions!.fields).toEqual([expect.objectContaining({ field, constraint: "maxLength" })]);
    },
  );

  it(`takes a search of ${REQUEST_SEARCH_MAX} characters and refuses one longer`, async () => {
    const SEARCH = `query($search: String) { requests(filter: { search: $search }) { totalCount } }`;
    const fits = await subgraph.request(SEARCH, { search: "灯".repeat(REQUEST_SEARCH_MAX) }, staff);
    expect(fits.errors).toBeUndefined();
    expect(fits.data!.requests.totalCount).toBe(0);
    const error = expectRefused(
      await subgraph.request(SEARCH, { search: over(REQUEST_SEARCH_MAX) }, staff),
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(error.extensions!.fields).toEqual([expect.objectContaining({ field: "filter.search", constraint: "maxLength" })]);
  });
});
