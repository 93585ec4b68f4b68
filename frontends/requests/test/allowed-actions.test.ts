import { describe, expect, it } from "vitest";
import { ALLOWED_FROM, nextLevel } from "@dongting/domain/requests";
import { allowedActions, type ActionableRequest } from "../src/hooks/useAllowedActions";

const resident = "00000000-0000-4000-8000-000000000004";
const staff = { personId: "00000000-0000-4000-8000-000000000002", handle: true };

function request(patch: Partial<ActionableRequest> = {}): ActionableRequest {
  return { status: "SUBMITTED", level: null, submitter: { id: resident }, residentRating: null, communityReview: null, ...patch };
}

describe("allowedActions follows the shared requests state machine", () => {
  it("offers staff accept, escalate and reject on a new request, nothing to the resident", () => {
    expect([...allowedActions(request(), staff)].sort()).toEqual(["accept", "escalate", "reject"]);
    expect([...allowedActions(request(), { personId: resident, handle: false })]).toEqual([]);
  });

  it("dispatches, starts and resolves from the right statuses (resolve straight from ASSIGNED too)", () => {
    expect([...allowedActions(request({ status: "ACCEPTED", level: "GRID" }), staff)].sort()).toEqual([
      "assign",
      "dispatch",
      "escalate",
      "reject",
    ]);
    expect([...allowedActions(request({ status: "ASSIGNED", level: "GRID" }), staff)].sort()).toEqual([
      "assign",
      "dispatch",
      "escalate",
      "resolve",
      "start",
    ]);
    expect([...allowedActions(request({ status: "IN_PROGRESS", level: "GRID" }), staff)].sort()).toEqual([
      "assign",
      "dispatch",
      "escalate",
      "resolve",
    ]);
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

  it("lets staff record a callback rating (回访) on a RESOLVED request nobody has rated", () => {
    const resolved = request({ status: "RESOLVED", level: "GRID" });
    expect([...allowedActions(resolved, staff)]).toEqual(["callback"]);
    expect(allowedActions({ ...resolved, residentRating: { score: 4 } }, staff).has("callback")).toBe(false);
    expect(allowedActions(resolved, { personId: resident, handle: false }).has("callback")).toBe(false);
    expect(allowedActions(request({ status: "CLOSED", level: "GRID" }), staff).has("callback")).toBe(false);
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
