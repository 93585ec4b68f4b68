import { describe, expect, it } from "vitest";
import {
  ALLOWED_FROM,
  EMPTY_BOARD_FILTER,
  SubmissionKey,
  allowedActions,
  boardColumnFilter,
  formatPercent,
  newClientRequestId,
  nextLevel,
  type ActionableRequest,
} from "../src/rules";
import { REQUEST_STATUSES } from "../src/labels";

const resident = "00000000-0000-4000-8000-000000000004";
const staff = { personId: "00000000-0000-4000-8000-000000000002", handle: true };

function request(patch: Partial<ActionableRequest> = {}): ActionableRequest {
  return { status: "SUBMITTED", level: null, submitter: { id: resident }, residentRating: null, communityReview: null, ...patch };
}

describe("allowedActions mirrors the requests state machine", () => {
  it("offers staff accept, escalate and reject on a new request, nothing to the resident", () => {
    expect([...allowedActions(request(), staff)].sort()).toEqual(["accept", "escalate", "reject"]);
    expect([...allowedActions(request(), { personId: resident, handle: false })]).toEqual([]);
  });

  it("dispatches, starts and resolves from the right statuses (resolve straight from ASSIGNED too)", () => {
    expect([...allowedActions(request({ status: "ACCEPTED", level: "GRID" }), staff)].sort()).toEqual(["assign", "escalate", "reject"]);
    expect([...allowedActions(request({ status: "ASSIGNED", level: "GRID" }), staff)].sort()).toEqual([
      "assign",
      "escalate",
      "resolve",
      "start",
    ]);
    expect([...allowedActions(request({ status: "IN_PROGRESS", level: "GRID" }), staff)].sort()).toEqual(["assign", "escalate", "resolve"]);
  });

  it("does not escalate past the district", () => {
    expect(allowedActions(request({ status: "ACCEPTED", level: "DISTRICT" }), staff).has("escalate")).toBe(false);
    expect(nextLevel(null)).toBe("COMMUNITY");
    expect(nextLevel("GRID")).toBe("COMMUNITY");
    expect(nextLevel("STREET")).toBe("DISTRICT");
    expect(nextLevel("DISTRICT")).toBeNull();
  });

  it("lets only the submitter rate, once, when RESOLVED", () => {
    const resolved = request({ status: "RESOLVED", level: "GRID" });
    expect(allowedActions(resolved, { personId: resident, handle: false }).has("rate")).toBe(true);
    expect(allowedActions(resolved, staff).has("rate")).toBe(false);
    expect(allowedActions({ ...resolved, residentRating: { score: 4 } }, { personId: resident, handle: false }).has("rate")).toBe(false);
    expect(allowedActions(request({ status: "IN_PROGRESS" }), { personId: resident, handle: false }).has("rate")).toBe(false);
  });

  it("reviews a rating once, on a rated request", () => {
    const closed = request({ status: "CLOSED", level: "GRID", residentRating: { score: 2 } });
    expect([...allowedActions(closed, staff)]).toEqual(["review"]);
    expect(allowedActions({ ...closed, communityReview: { reasonable: false } }, staff).size).toBe(0);
    expect(allowedActions(request({ status: "CLOSED" }), staff).size).toBe(0);
  });

  it("offers nothing on a rejected request", () => {
    expect(allowedActions(request({ status: "REJECTED" }), staff).size).toBe(0);
    expect(Object.values(ALLOWED_FROM).some((from) => from.includes("REJECTED"))).toBe(false);
  });
});

describe("the submission key", () => {
  it("is a v4 uuid, from randomUUID or from random bytes", () => {
    expect(newClientRequestId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const bytesOnly = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as Pick<Crypto, "getRandomValues">;
    expect(newClientRequestId(bytesOnly)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("is kept across retries of one submission and renewed after it succeeds", () => {
    let n = 0;
    const key = new SubmissionKey(() => `key-${++n}`);
    expect(key.pending).toBeNull();
    expect(key.forAttempt()).toBe("key-1");
    expect(key.forAttempt()).toBe("key-1");
    key.succeeded();
    expect(key.pending).toBeNull();
    expect(key.forAttempt()).toBe("key-2");
  });
});

describe("board filters", () => {
  it("give each column its status and leave out empty parts", () => {
    expect(boardColumnFilter(EMPTY_BOARD_FILTER, "SUBMITTED")).toEqual({ status: ["SUBMITTED"] });
    expect(
      boardColumnFilter({ gridId: "g1", urgency: ["RED"], level: ["GRID", "COMMUNITY"], overdueOnly: true, search: "  漏水 " }, "ACCEPTED"),
    ).toEqual({ status: ["ACCEPTED"], gridId: "g1", urgency: ["RED"], level: ["GRID", "COMMUNITY"], overdue: true, search: "漏水" });
    expect(REQUEST_STATUSES).toHaveLength(7);
  });
});

describe("rates", () => {
  it("show as percent with one decimal, a dash when there is nothing to divide by", () => {
    expect(formatPercent(0.98765)).toBe("98.8%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(null)).toBe("—");
  });
});
