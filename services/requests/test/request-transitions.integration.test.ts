import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { ASSIGNEE_NAME_MAX, REQUEST_NOTE_MAX } from "@dongting/domain/requests";
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

const HOUR = 3_600_000;
const T0 = new Date("2026-03-02T09:00:00+08:00");
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: T0 });
});
afterAll(async () => {
  await subgraph?.stop();
});

const TEAM = "7c000000-0000-4000-8000-000000000001";
const ARGS = {
  accept: { level: "GRID", urgency: "RED" },
  assign: { input: { forceKind: "VOLUNTEER", assigneeName: "七宝巡逻队", volunteerTeamId: TEAM } },
  start: {},
  resolve: { note: "已更换灯泡" },
  escalate: { reason: "需要物业维修基金" },
  reject: { reason: "不属于受理范围" },
  rate: { score: 5, comment: "很及时" },
  review: { reasonable: true, note: "评价属实" },
} as const;
type Step = keyof typeof MUTATIONS;

async function run(step: Step, id: string, as: As = staff, args: Record<string, unknown> = ARGS[step]) {
  return subgraph.request(MUTATIONS[step], { id, ...args }, as);
}

async function must(step: Step, id: string, as: As = staff, args?: Record<string, unknown>) {
  const answer = await run(step, id, as, args);
  expect(answer.errors, `${step}`).toBeUndefined();
  return Object.values(answer.data!)[0] as any;
}

/** A fresh request of `resident`, moved through `steps`. */
async function requestAfter(...steps: Step[]): Promise<string> {
  const submitted = await subgraph.request(SUBMIT, { input: submitInput() }, resident);
  const id = submitted.data!.submitRequest.id as string;
  for (const step of steps) await must(step, id, step === "rate" ? resident : staff);
  return id;
}

/** Refused with `code` and `reason`, and no table changed. */
const expectRefused = (code: string, reason: string | undefined, attempt: () => ReturnType<typeof run>) =>
  expectRefusedWithoutWrites(subgraph, attempt, code, reason);

describe("the whole journey of a request", () => {
  it("goes from submission to a reviewed, closed request with a timeline of who did what", async () => {
    subgraph.clock.set(T0);
    const submitted = await subgraph.request(SUBMIT, { input: submitInput({ category: "安全隐患" }) }, resident);
    const id = submitted.data!.submitRequest.id;
    // 安全隐患 defaults to RED: an untriaged request must be answered within 2 h.
    expect(submitted.data!.submitRequest.respondBy).toBe(at(2).toISOString());

    subgraph.clock.set(at(1));
    const accepted = await must("accept", id, gridLeader, { level: "GRID", urgency: "YELLOW" });
    // Regraded YELLOW (安全隐患's YELLOW: 4 h / 24 h on the clock): the response deadline stays RED's 2 h.
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      level: "GRID",
      urgency: "YELLOW",
      respondedAt: at(1).toISOString(),
      respondBy: at(2).toISOString(),
      resolveBy: at(24).toISOString(),
      overdue: false,
    });

    subgraph.clock.set(at(2));
    const assigned = await must("assign", id);
    expect(assigned.assignment).toEqual({
      forceKind: "VOLUNTEER",
      assigneeName: "七宝巡逻队",
      assignedAt: at(2).toISOString(),
      assigneePerson: null,
      volunteerTeam: { id: TEAM },
    });
    expect(assigned.status).toBe("ASSIGNED");
    expect((await must("start", id)).status).toBe("IN_PROGRESS");

    subgraph.clock.set(at(5));
    const resolved = await must("resolve", id);
    expect(resolved).toMatchObject({ status: "RESOLVED", resolvedAt: at(5).toISOString() });

    subgraph.clock.set(at(6));
    const rated = await must("rate", id, resident);
    expect(rated).toMatchObject({ status: "CLOSED", residentRating: { score: 5, comment: "很及时", ratedAt: at(6).toISOString() } });

    const reviewed = await must("review", id, staff);
    expect(reviewed.communityReview).toEqual({ reasonable: true, note: "评价属实", reviewedAt: at(6).toISOString() });
    expect(reviewed.status).toBe("CLOSED");
    expect(reviewed.events.map((event: any) => [event.type, event.actor?.id, event.note])).toEqual([
      ["SUBMITTED", resident.personId, null],
      ["ACCEPTED", gridLeader.personId, "GRID / YELLOW"],
      ["ASSIGNED", staff.personId, "七宝巡逻队"],
      ["STARTED", staff.personId, null],
      ["RESOLVED", staff.personId, "已更换灯泡"],
      ["RATED", resident.personId, "5/5 很及时"],
      ["CLOSED", resident.personId, null],
      ["REVIEWED", staff.personId, "评价属实"],
    ]);
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at, action`, [id]);
    expect(history.map((row: any) => row.action)).toContain("RATED+CLOSED");
  });

  it("reopens a request rated 2, takes it back to RESOLVED, and refuses a second rating", async () => {
    subgraph.clock.set(T0);
    const id = await requestAfter("accept", "assign", "start", "resolve");
    const reopened = await must("rate", id, resident, { score: 2, comment: "灯又坏了" });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null, residentRating: { score: 2 } });
    expect(reopened.events.slice(-2).map((event: any) => event.type)).toEqual(["RATED", "REOPENED"]);
    expect((await must("resolve", id)).status).toBe("RESOLVED");
    await expectRefused("CONFLICT", "ALREADY_RATED", () => run("rate", id, resident));
  });

  it("resolves straight from ASSIGNED, and re-dispatches an assigned request", async () => {
    const id = await requestAfter("accept", "assign");
    const redispatched = await must("assign", id, staff, { input: { forceKind: "PUBLIC_SERVICE", assigneeName: "  供电公司 " } });
    expect(redispatched.assignment).toMatchObject({ forceKind: "PUBLIC_SERVICE", assigneeName: "供电公司", volunteerTeam: null });
    expect((await must("resolve", id)).status).toBe("RESOLVED");
  });

  it("rejects a submitted request with the reason on the timeline", async () => {
    const id = await requestAfter();
    const rejected = await must("reject", id);
    expect(rejected.status).toBe("REJECTED");
    expect(rejected.events.at(-1)).toMatchObject({ type: "REJECTED", note: "不属于受理范围" });
  });

  it("escalates by hand one level at a time up to DISTRICT, then refuses with CONFLICT", async () => {
    const id = await requestAfter("accept");
    const levels = [];
    for (let i = 0; i < 3; i += 1) levels.push((await must("escalate", id)).level);
    expect(levels).toEqual(["COMMUNITY", "STREET", "DISTRICT"]);
    await expectRefused("CONFLICT", "HIGHEST_LEVEL_REACHED", () => run("escalate", id));
  });
});

describe("who may move a request", () => {
  const HANDLER_STEPS: Array<[Step, Step[]]> = [
    ["accept", []],
    ["assign", ["accept"]],
    ["start", ["accept", "assign"]],
    ["resolve", ["accept", "assign", "start"]],
    ["escalate", ["accept"]],
    ["reject", []],
    ["review", ["accept", "assign", "start", "resolve", "rate"]],
  ];

  it.each(HANDLER_STEPS)(
    "%s: anonymous UNAUTHENTICATED; resident, volunteer, party committee FORBIDDEN; nothing written",
    async (step, before) => {
      const id = await requestAfter(...before);
      await expectRefused("UNAUTHENTICATED", "SIGN_IN_REQUIRED", () => subgraph.request(MUTATIONS[step], { id, ...ARGS[step] }));
      // Starting and resolving are open to the members of a handling unit too: others are told so (worklists).
      const reason = step === "start" || step === "resolve" ? "NOT_UNIT_MEMBER" : "ROLE_NOT_ALLOWED";
      for (const as of [resident, volunteer, committee]) await expectRefused("FORBIDDEN", reason, () => run(step, id, as));
    },
  );

  it.each(HANDLER_STEPS)("%s: allowed for a grid leader and an admin", async (step, before) => {
    for (const as of [gridLeader, admin]) {
      const id = await requestAfter(...before);
      await must(step, id, as);
    }
  });

  it.each(HANDLER_STEPS.concat([["rate", ["accept", "assign", "start", "resolve"]]]))("%s: NOT_FOUND for an unknown id", async (step) => {
    for (const id of ["5f0c7a52-0000-4000-8000-000000000000", "DT-2026-000001"]) {
      await expectRefused("NOT_FOUND", "NOT_FOUND", () => run(step, id, step === "rate" ? resident : staff));
    }
  });

  it("lets only the submitter rate: another resident, staff and admin get FORBIDDEN, anonymous UNAUTHENTICATED", async () => {
    const id = await requestAfter("accept", "assign", "start", "resolve");
    await expectRefused("UNAUTHENTICATED", "SIGN_IN_REQUIRED", () => subgraph.request(MUTATIONS.rate, { id, score: 5 }));
    for (const as of [otherResident, staff, admin]) await expectRefused("FORBIDDEN", "NOT_SUBMITTER", () => run("rate", id, as));
  });
});

describe("illegal transitions give CONFLICT and write nothing", () => {
  const STATUS = "STATUS_FORBIDS_ACTION";
  const CASES: Array<[string, Step[], Step, string, As?]> = [
    ["accept twice", ["accept"], "accept", STATUS],
    ["assign before acceptance", [], "assign", STATUS],
    ["start before assignment", ["accept"], "start", STATUS],
    ["start twice", ["accept", "assign", "start"], "start", STATUS],
    ["resolve a submitted request", [], "resolve", STATUS],
    ["resolve an accepted request", ["accept"], "resolve", STATUS],
    ["resolve twice", ["accept", "assign", "start", "resolve"], "resolve", STATUS],
    ["reject an assigned request", ["accept", "assign"], "reject", STATUS],
    ["reject a resolved request", ["accept", "assign", "start", "resolve"], "reject", STATUS],
    ["escalate a resolved request", ["accept", "assign", "start", "resolve"], "escalate", STATUS],
    ["escalate a rejected request", ["reject"], "escalate", STATUS],
    ["rate an unresolved request", ["accept", "assign", "start"], "rate", STATUS, resident],
    ["rate a closed request", ["accept", "assign", "start", "resolve", "rate"], "rate", STATUS, resident],
    ["review without a rating", ["accept", "assign", "start", "resolve"], "review", "NO_RATING_TO_REVIEW"],
    ["review twice", ["accept", "assign", "start", "resolve", "rate", "review"], "review", "ALREADY_REVIEWED"],
    ["accept a closed request", ["accept", "assign", "start", "resolve", "rate"], "accept", STATUS],
  ];
  it.each(CASES)("%s", async (_label, before, step, reason, as = staff) => {
    const id = await requestAfter(...before);
    const error = await expectRefused("CONFLICT", reason, () => run(step, id, as));
    const [row] = await subgraph.db.query(`SELECT status FROM resident_request WHERE id = $1`, [id]);
    expect(error.extensions!.status).toBe(row.status);
  });
});

describe("input rules give BAD_USER_INPUT and write nothing", () => {
  // An unknown enum value is refused by GraphQL itself while coercing variables, before any rule: no reason.
  const CASES: Array<[string, Step[], Step, Record<string, unknown>, string | undefined, As?]> = [
    ["a blank resolution note", ["accept", "assign"], "resolve", { note: "  " }, "TEXT_BLANK"],
    [
      "a resolution note over 2,000 characters",
      ["accept", "assign"],
      "resolve",
      { note: "修".repeat(REQUEST_NOTE_MAX + 1) },
      "TEXT_TOO_LONG",
    ],
    ["a blank rejection reason", [], "reject", { reason: "" }, "TEXT_BLANK"],
    ["a blank escalation reason", ["accept"], "escalate", { reason: " " }, "TEXT_BLANK"],
    ["a score of 0", ["accept", "assign", "start", "resolve"], "rate", { score: 0 }, "SCORE_OUT_OF_RANGE", resident],
    ["a score of 6", ["accept", "assign", "start", "resolve"], "rate", { score: 6 }, "SCORE_OUT_OF_RANGE", resident],
    ["a blank review note", ["accept", "assign", "start", "resolve", "rate"], "review", { reasonable: false, note: "" }, "TEXT_BLANK"],
    ["a blank assignee", ["accept"], "assign", { input: { forceKind: "CADRE", assigneeName: " " } }, "TEXT_BLANK"],
    [
      "an assignee name over 60 characters",
      ["accept"],
      "assign",
      { input: { forceKind: "CADRE", assigneeName: "王".repeat(ASSIGNEE_NAME_MAX + 1) } },
      "INVALID_INPUT",
    ],
    [
      "a team for a non-volunteer force",
      ["accept"],
      "assign",
      { input: { forceKind: "CADRE", assigneeName: "王", volunteerTeamId: TEAM } },
      "TEAM_ONLY_FOR_VOLUNTEERS",
    ],
    [
      "an assignee person that is not an id",
      ["accept"],
      "assign",
      { input: { forceKind: "CADRE", assigneeName: "王", assigneePersonId: "x" } },
      "INVALID_INPUT",
    ],
    ["an unknown urgency", [], "accept", { level: "GRID", urgency: "PURPLE" }, undefined],
  ];
  it.each(CASES)("%s", async (_label, before, step, args, reason, as = staff) => {
    const id = await requestAfter(...before);
    await expectRefused("BAD_USER_INPUT", reason, () => run(step, id, as, args));
  });

  it("accepts an assignee name of 60 characters once trimmed", async () => {
    const id = await requestAfter("accept");
    const assigneeName = ` ${"王".repeat(ASSIGNEE_NAME_MAX)} `;
    const assigned = await must("assign", id, staff, { input: { forceKind: "CADRE", assigneeName } });
    expect([...assigned.assignment.assigneeName]).toHaveLength(ASSIGNEE_NAME_MAX);
  });
});

describe("concurrent transitions", () => {
  it("lets exactly one of several concurrent ratings through", async () => {
    const id = await requestAfter("accept", "assign", "start", "resolve");
    const answers = await Promise.all([5, 4, 2, 1, 3].map((score) => run("rate", id, resident, { score })));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => errorCode(answer) === "CONFLICT")).toHaveLength(4);
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM request_event WHERE request_id = $1 AND type = 'RATED'`, [id]);
    expect(row.n).toBe(1);
  });
});
