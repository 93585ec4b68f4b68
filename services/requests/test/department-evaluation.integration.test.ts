import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";
import { DEPARTMENT_NAME_MAX, EVALUATION_COMMENT_MAX } from "@dongting/domain/requests";
import { SUBMIT, committee, gridLeader, resident, staff, submitInput, startRequestsSubgraph } from "./helpers.js";

const EVALUATE = /* GraphQL */ `
  mutation ($input: DepartmentEvaluationInput!) {
    evaluateDepartment(input: $input) {
      id
      department
      responseSpeed
      quality
      comment
      evaluatedAt
      request {
        id
        code
      }
    }
  }
`;
const LIST = `query($from: DateTime!, $to: DateTime!) { departmentEvaluations(from: $from, to: $to) { department responseSpeed quality evaluatedAt request { id } } }`;
const SUMMARY = `query($from: DateTime!, $to: DateTime!, $minCount: Int) {
  departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) { department count averageResponseSpeed averageQuality }
}`;

const START = "2026-05-01T10:00:00+08:00";
/** Tests' tokens hold roles GLOBAL: an evaluation without a request names its community. */
const DONGTING = demoCommunityId(1);
let subgraph: TestSubgraph;
let requestId: string;

beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: START });
  const submitted = await subgraph.request(SUBMIT, { input: submitInput() }, resident);
  requestId = submitted.data!.submitRequest.id;
});
afterAll(async () => {
  await subgraph?.stop();
});

/** `evaluateDepartment(input)` as `as` is refused with `code` and `reason`, and no table changed. */
const expectEvaluationRefused = (code: string, reason: string, input: Record<string, unknown>, as: As | null = staff) =>
  expectRefusedWithoutWrites(subgraph, () => subgraph.request(EVALUATE, { input }, as ?? undefined), code, reason);

describe("department evaluations", () => {
  it("records an evaluation of a department for a request", async () => {
    const answer = await subgraph.request(
      EVALUATE,
      { input: { department: " 区城管局 ", requestId, responseSpeed: 4, quality: 5, comment: "响应及时" } },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.evaluateDepartment).toMatchObject({
      department: "区城管局",
      responseSpeed: 4,
      quality: 5,
      comment: "响应及时",
      evaluatedAt: new Date(START).toISOString(),
      request: { id: requestId },
    });
  });

  it("refuses a second evaluation of the same department for the same request with CONFLICT", async () => {
    const input = { department: " 区城管局", requestId, responseSpeed: 1, quality: 1 };
    const error = await expectEvaluationRefused("CONFLICT", "DEPARTMENT_ALREADY_EVALUATED", input);
    expect(error.extensions!.constraint).toBe("department_evaluation_request_key");
  });

  it.each([
    ["a speed of 0", { department: "区民政局", communityId: DONGTING, responseSpeed: 0, quality: 3 }, "INVALID_INPUT"],
    ["a quality of 6", { department: "区民政局", communityId: DONGTING, responseSpeed: 3, quality: 6 }, "INVALID_INPUT"],
    ["a blank department", { department: "  ", communityId: DONGTING, responseSpeed: 3, quality: 3 }, "TEXT_BLANK"],
    [
      "a department over 60 characters",
      { department: "局".repeat(DEPARTMENT_NAME_MAX + 1), communityId: DONGTING, responseSpeed: 3, quality: 3 },
      "INVALID_INPUT",
    ],
    [
      "a comment over 500 characters",
      { department: "区民政局", communityId: DONGTING, responseSpeed: 3, quality: 3, comment: "好".repeat(EVALUATION_COMMENT_MAX + 1) },
      "INVALID_INPUT",
    ],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, input, reason) => {
    await expectEvaluationRefused("BAD_USER_INPUT", reason, input);
  });

  it("names the field and constraint of an out-of-range score", async () => {
    const answer = await subgraph.request(
      EVALUATE,
      { input: { department: "区民政局", communityId: DONGTING, responseSpeed: 0, quality: 3 } },
      staff,
    );
    const error = expectRefused(answer, "BAD_USER_INPUT", "INVALID_INPUT");
    expect(error.extensions!.fields).toEqual([expect.objectContaining({ field: "input.responseSpeed", constraint: "min" })]);
  });

  it("gives NOT_FOUND for an unknown request and writes nothing", async () => {
    for (const id of ["5f0c7a52-0000-4000-8000-000000000000", "DT-1"]) {
      await expectEvaluationRefused("NOT_FOUND", "NOT_FOUND", { department: "区民政局", requestId: id, responseSpeed: 3, quality: 3 });
    }
  });

  it("is for community staff and the party committee", async () => {
    const input = { department: "区民政局", communityId: DONGTING, responseSpeed: 3, quality: 3 };
    await expectEvaluationRefused("UNAUTHENTICATED", "SIGN_IN_REQUIRED", input, null);
    await expectEvaluationRefused("FORBIDDEN", "ROLE_NOT_ALLOWED", input, resident);
    await expectEvaluationRefused("FORBIDDEN", "ROLE_NOT_ALLOWED", input, gridLeader);
    subgraph.clock.set("2026-05-01T11:00:00+08:00");
    const answer = await subgraph.request(
      EVALUATE,
      { input: { department: "区民政局", communityId: DONGTING, responseSpeed: 3, quality: 4 } },
      committee,
    );
    expect(answer.errors).toBeUndefined();
  });

  it("lists a window's evaluations newest first and summarises each department", async () => {
    // So far: 区城管局 (4, 5) at 05-01 10:00 and 区民政局 (3, 4) at 11:00. Add more on later days.
    const add = async (day: string, department: string, responseSpeed: number, quality: number) => {
      subgraph.clock.set(`2026-05-${day}T10:00:00+08:00`);
      const answer = await subgraph.request(EVALUATE, { input: { department, communityId: DONGTING, responseSpeed, quality } }, staff);
      expect(answer.errors).toBeUndefined();
    };
    await add("02", "区民政局", 5, 5);
    await add("03", "区民政局", 4, 3);
    await add("04", "区城管局", 2, 3);
    await add("20", "区住建局", 5, 5); // outside the window below

    const window = { from: "2026-05-01T00:00:00+08:00", to: "2026-05-10T00:00:00+08:00" };
    const listed = await subgraph.request(LIST, window, committee);
    expect(listed.data!.departmentEvaluations.map((e: any) => [e.department, e.responseSpeed])).toEqual([
      ["区城管局", 2],
      ["区民政局", 4],
      ["区民政局", 5],
      ["区民政局", 3],
      ["区城管局", 4],
    ]);
    const summary = await subgraph.request(SUMMARY, window, staff);
    // 区民政局: speed (3+5+4)/3 = 4, quality (4+5+3)/3 = 4; 区城管局: speed (4+2)/2 = 3, quality (5+3)/2 = 4.
    expect(summary.data!.departmentEvaluationSummary).toEqual([
      { department: "区民政局", count: 3, averageResponseSpeed: 4, averageQuality: 4 },
      { department: "区城管局", count: 2, averageResponseSpeed: 3, averageQuality: 4 },
    ]);
    const ranked = await subgraph.request(SUMMARY, { ...window, minCount: 3 }, staff);
    expect(ranked.data!.departmentEvaluationSummary.map((row: any) => row.department)).toEqual(["区民政局"]);
  });

  it("is readable by reading roles only", async () => {
    const window = { from: "2026-05-01T00:00:00+08:00", to: "2026-05-10T00:00:00+08:00" };
    expectRefused(await subgraph.request(LIST, window), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expectRefused(await subgraph.request(LIST, window, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    expectRefused(await subgraph.request(LIST, { from: window.to, to: window.from }, staff), "BAD_USER_INPUT", "INVALID_TIME_WINDOW");
    expectRefused(await subgraph.request(SUMMARY, { ...window, minCount: 0 }, staff), "BAD_USER_INPUT", "MIN_COUNT_OUT_OF_RANGE");
    const decade = { from: "2016-01-01T00:00:00+08:00", to: "2026-05-10T00:00:00+08:00" };
    expectRefused(await subgraph.request(SUMMARY, decade, staff), "BAD_USER_INPUT", "TIME_WINDOW_TOO_LONG");
  });
});
