import { describe, expect, it } from "vitest";
import { ALLOWED_FROM, HandlingLevel, nextLevel, RequestStatus } from "@dongting/domain/requests";
import { decide, type RequestAction, type RequestState } from "../src/domain/request-state.js";

const state = (status: RequestStatus, extra: Partial<RequestState> = {}): RequestState => ({
  status,
  level: HandlingLevel.GRID,
  rated: false,
  reviewed: false,
  ...extra,
});

const ACTIONS: RequestAction[] = [
  { kind: "ACCEPT", level: HandlingLevel.COMMUNITY },
  { kind: "ASSIGN" },
  { kind: "START" },
  { kind: "RESOLVE" },
  { kind: "ESCALATE" },
  { kind: "REJECT" },
  { kind: "RATE", score: 5 },
  { kind: "REVIEW" },
];

describe("request state machine", () => {
  it("walks the happy path to CLOSED with one event per step", () => {
    const steps: Array<[RequestAction, RequestStatus, string[]]> = [
      [{ kind: "ACCEPT", level: HandlingLevel.GRID }, RequestStatus.ACCEPTED, ["ACCEPTED"]],
      [{ kind: "ASSIGN" }, RequestStatus.ASSIGNED, ["ASSIGNED"]],
      [{ kind: "START" }, RequestStatus.IN_PROGRESS, ["STARTED"]],
      [{ kind: "RESOLVE" }, RequestStatus.RESOLVED, ["RESOLVED"]],
      [{ kind: "RATE", score: 4 }, RequestStatus.CLOSED, ["RATED", "CLOSED"]],
    ];
    let current = state(RequestStatus.SUBMITTED, { level: null });
    for (const [action, status, events] of steps) {
      const decision = decide(current, action);
      expect(decision).toMatchObject({ status, events });
      if ("problem" in decision) throw new Error(decision.problem);
      current = { ...current, status: decision.status, level: decision.level, rated: current.rated || action.kind === "RATE" };
    }
  });

  it("sets the level chosen at acceptance", () => {
    expect(decide(state(RequestStatus.SUBMITTED, { level: null }), { kind: "ACCEPT", level: HandlingLevel.STREET })).toMatchObject({
      level: HandlingLevel.STREET,
    });
  });

  it.each([1, 2])("reopens a resolved request rated %i", (score) => {
    expect(decide(state(RequestStatus.RESOLVED), { kind: "RATE", score })).toEqual({
      status: RequestStatus.IN_PROGRESS,
      level: HandlingLevel.GRID,
      events: ["RATED", "REOPENED"],
    });
  });

  it.each([3, 4, 5])("closes a resolved request rated %i", (score) => {
    expect(decide(state(RequestStatus.RESOLVED), { kind: "RATE", score })).toMatchObject({ status: RequestStatus.CLOSED });
  });

  it("rates only once", () => {
    expect(decide(state(RequestStatus.RESOLVED, { rated: true }), { kind: "RATE", score: 5 })).toMatchObject({ reason: "ALREADY_RATED" });
  });

  it("reviews a rating once, and only when there is one, keeping the status", () => {
    expect(decide(state(RequestStatus.CLOSED, { rated: true }), { kind: "REVIEW" })).toEqual({
      status: RequestStatus.CLOSED,
      level: HandlingLevel.GRID,
      events: ["REVIEWED"],
    });
    expect(decide(state(RequestStatus.CLOSED, { rated: true, reviewed: true }), { kind: "REVIEW" })).toMatchObject({
      reason: "ALREADY_REVIEWED",
    });
    expect(decide(state(RequestStatus.RESOLVED), { kind: "REVIEW" })).toMatchObject({ reason: "NO_RATING_TO_REVIEW" });
  });

  it("escalates one level up without changing the status, and not past DISTRICT", () => {
    expect(decide(state(RequestStatus.IN_PROGRESS, { level: HandlingLevel.COMMUNITY }), { kind: "ESCALATE" })).toEqual({
      status: RequestStatus.IN_PROGRESS,
      level: HandlingLevel.STREET,
      events: ["ESCALATED"],
    });
    expect(decide(state(RequestStatus.SUBMITTED, { level: null }), { kind: "ESCALATE" })).toMatchObject({ level: HandlingLevel.COMMUNITY });
    expect(decide(state(RequestStatus.ACCEPTED, { level: HandlingLevel.DISTRICT }), { kind: "ESCALATE" })).toMatchObject({
      reason: "HIGHEST_LEVEL_REACHED",
    });
  });

  it("rejects only from SUBMITTED or ACCEPTED", () => {
    expect(decide(state(RequestStatus.SUBMITTED), { kind: "REJECT" })).toMatchObject({
      status: RequestStatus.REJECTED,
      events: ["REJECTED"],
    });
    expect(decide(state(RequestStatus.ACCEPTED), { kind: "REJECT" })).toMatchObject({ status: RequestStatus.REJECTED });
    expect(decide(state(RequestStatus.ASSIGNED), { kind: "REJECT" })).toMatchObject({ reason: "STATUS_FORBIDS_ACTION" });
  });

  it("refuses every action outside its allowed statuses, and allows every one inside", () => {
    for (const status of Object.values(RequestStatus)) {
      for (const action of ACTIONS) {
        const decision = decide(state(status, { rated: action.kind === "REVIEW" }), action);
        const allowed = ALLOWED_FROM[action.kind].includes(status);
        expect("problem" in decision, `${action.kind} from ${status}`).toBe(!allowed);
        if (!allowed) expect(decision).toMatchObject({ reason: "STATUS_FORBIDS_ACTION" });
      }
    }
  });

  it("nothing leaves CLOSED or REJECTED except a review of the rating", () => {
    for (const action of ACTIONS.filter((a) => a.kind !== "REVIEW")) {
      expect(decide(state(RequestStatus.CLOSED, { rated: true }), action)).toHaveProperty("problem");
      expect(decide(state(RequestStatus.REJECTED), action)).toHaveProperty("problem");
    }
  });

  it("orders the levels GRID < COMMUNITY < STREET < DISTRICT", () => {
    expect([HandlingLevel.GRID, HandlingLevel.COMMUNITY, HandlingLevel.STREET, HandlingLevel.DISTRICT].map(nextLevel)).toEqual([
      HandlingLevel.COMMUNITY,
      HandlingLevel.STREET,
      HandlingLevel.DISTRICT,
      null,
    ]);
  });
});
