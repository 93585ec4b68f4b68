import { describe, expect, it } from "vitest";
import { REOPEN_WINDOW_DAYS } from "@dongting/domain/requests";
import {
  closedAt,
  mayConfirmReview,
  mayReopen,
  reopenUntil,
  reviewAwaitingConfirmation,
  type AftercareRequest,
} from "../src/hooks/aftercare";

const RESIDENT = "00000000-0000-4000-8000-000000000004";
const STAFF = "00000000-0000-4000-8000-000000000002";
const SECOND_STAFF = "00000000-0000-4000-8000-000000000007";

const resident = { personId: RESIDENT, handle: false, staff: false };
const neighbour = { personId: "00000000-0000-4000-8000-000000000009", handle: false, staff: false };
const communityStaff = { personId: STAFF, handle: true, staff: true };
const gridLeader = { personId: SECOND_STAFF, handle: true, staff: false };

const event = (type: string, at: string, actor: string | null = null) => ({ type, at, actor: actor ? { id: actor } : null });

/** Closed by the resident's rating on Monday 2026-06-15 10:00 in Dongting (02:00 UTC). */
const CLOSED_AT = "2026-06-15T02:00:00.000Z";

function closed(patch: Partial<AftercareRequest> = {}): AftercareRequest {
  return {
    status: "CLOSED",
    submitter: { id: RESIDENT },
    communityReview: null,
    events: [
      event("SUBMITTED", "2026-06-10T02:00:00.000Z", RESIDENT),
      event("RESOLVED", "2026-06-14T02:00:00.000Z", STAFF),
      event("RATED", CLOSED_AT, RESIDENT),
      event("CLOSED", CLOSED_AT),
    ],
    ...patch,
  };
}

const at = (iso: string) => new Date(iso);

describe("重新打开 within REOPEN_WINDOW_DAYS of closing", () => {
  it("reads the closing from the timeline: the window ends seven days after the last CLOSED event", () => {
    expect(REOPEN_WINDOW_DAYS).toBe(7);
    expect(closedAt(closed())?.toISOString()).toBe(CLOSED_AT);
    expect(reopenUntil(closed())?.toISOString()).toBe("2026-06-22T02:00:00.000Z");
    // Closed, reopened, closed again: the window counts from the second closing.
    const again = closed({
      events: [...closed().events, event("REOPENED", "2026-06-16T02:00:00.000Z", RESIDENT), event("CLOSED", "2026-06-20T02:00:00.000Z")],
    });
    expect(reopenUntil(again)?.toISOString()).toBe("2026-06-27T02:00:00.000Z");
  });

  it("is offered to the submitter and to community staff until the window ends, then to nobody", () => {
    const request = closed();
    for (const viewer of [resident, communityStaff]) {
      expect(mayReopen(request, viewer, at(CLOSED_AT))).toBe(true);
      expect(mayReopen(request, viewer, at("2026-06-22T01:59:59.999Z"))).toBe(true);
      expect(mayReopen(request, viewer, at("2026-06-22T02:00:00.000Z"))).toBe(false);
      expect(mayReopen(request, viewer, at("2026-07-01T02:00:00.000Z"))).toBe(false);
    }
  });

  it("is not offered to other residents, nor to handlers who are not community staff", () => {
    expect(mayReopen(closed(), neighbour, at(CLOSED_AT))).toBe(false);
    expect(mayReopen(closed(), gridLeader, at(CLOSED_AT))).toBe(false);
    // An anonymous request's submitter is withheld from others; the submitter still sees their own id.
    expect(mayReopen(closed({ submitter: null }), resident, at(CLOSED_AT))).toBe(false);
    expect(mayReopen(closed({ submitter: null }), communityStaff, at(CLOSED_AT))).toBe(true);
  });

  it("is only for CLOSED requests with a closing on record", () => {
    for (const status of ["RESOLVED", "IN_PROGRESS", "REJECTED"] as const) {
      expect(mayReopen(closed({ status }), resident, at(CLOSED_AT))).toBe(false);
      expect(reopenUntil(closed({ status }))).toBeNull();
    }
    expect(mayReopen(closed({ events: closed().events.slice(0, 3) }), resident, at(CLOSED_AT))).toBe(false);
  });
});

describe("确认反评", () => {
  const reviewed = (reviewer: string, extra: ReturnType<typeof event>[] = []) =>
    closed({
      communityReview: { reasonable: false },
      events: [...closed().events, event("REVIEWED", "2026-06-15T03:00:00.000Z", reviewer), ...extra],
    });

  it("waits for an unreasonable review until a REVIEW_CONFIRMED follows it", () => {
    expect(reviewAwaitingConfirmation(reviewed(STAFF))).toBe(true);
    expect(reviewAwaitingConfirmation(reviewed(STAFF, [event("REVIEW_CONFIRMED", "2026-06-15T04:00:00.000Z", SECOND_STAFF)]))).toBe(false);
    expect(reviewAwaitingConfirmation(closed({ communityReview: { reasonable: true } }))).toBe(false);
    expect(reviewAwaitingConfirmation(closed())).toBe(false);
  });

  it("counts a confirmation only for the review it follows (a later review waits again)", () => {
    const reviewedTwice = closed({
      communityReview: { reasonable: false },
      events: [
        ...closed().events,
        event("REVIEWED", "2026-06-15T03:00:00.000Z", STAFF),
        event("REVIEW_CONFIRMED", "2026-06-15T04:00:00.000Z", SECOND_STAFF),
        event("REOPENED", "2026-06-16T02:00:00.000Z", RESIDENT),
        event("REVIEWED", "2026-06-18T03:00:00.000Z", STAFF),
      ],
    });
    expect(reviewAwaitingConfirmation(reviewedTwice)).toBe(true);
  });

  it("is offered to another handler, never to the reviewer nor to residents", () => {
    expect(mayConfirmReview(reviewed(STAFF), gridLeader)).toBe(true);
    expect(mayConfirmReview(reviewed(STAFF), communityStaff)).toBe(false);
    expect(mayConfirmReview(reviewed(SECOND_STAFF), communityStaff)).toBe(true);
    expect(mayConfirmReview(reviewed(STAFF), resident)).toBe(false);
    expect(mayConfirmReview(reviewed(STAFF, [event("REVIEW_CONFIRMED", "2026-06-15T04:00:00.000Z", SECOND_STAFF)]), gridLeader)).toBe(
      false,
    );
    expect(mayConfirmReview({ ...reviewed(STAFF), status: "REJECTED" }, gridLeader)).toBe(false);
  });
});
