import { describe, expect, it } from "vitest";
import { availability, checkInScreenRange, checkInWindow, isCheckInOpen, mayCancel, signupState } from "@dongting/domain/volunteers";
import { isStaff, mayManageTeam } from "../src/viewer";

const shift = { startsAt: "2025-05-14T10:00:00Z", endsAt: "2025-05-14T12:00:00Z" };
const at = (iso: string) => new Date(iso);

// The remote has no copy of these rules: it says in advance what the subgraph would refuse through the
// shared ones, and these are the answers its buttons and screens rely on.
describe("shift rules the remote shares with the volunteers subgraph", () => {
  it("opens check-in 30 minutes before the start and closes it at the end", () => {
    expect(checkInWindow(shift, at("2025-05-14T09:29:59Z"))).toBe("NOT_YET");
    expect(isCheckInOpen(shift, at("2025-05-14T09:30:00Z"))).toBe(true);
    expect(isCheckInOpen(shift, at("2025-05-14T12:00:00Z"))).toBe(true);
    expect(checkInWindow(shift, at("2025-05-14T12:00:01Z"))).toBe("CLOSED");
  });

  it("allows cancelling until 3 hours before the start", () => {
    expect(mayCancel(shift, at("2025-05-14T07:00:00Z"))).toBe(true);
    expect(mayCancel(shift, at("2025-05-14T07:00:01Z"))).toBe(false);
  });

  it("tells open, full and over shifts apart", () => {
    const now = at("2025-05-14T08:00:00Z");
    expect(availability({ ...shift, capacity: 5, signupCount: 4 }, now)).toBe("OPEN");
    expect(availability({ ...shift, capacity: 5, signupCount: 5 }, now)).toBe("FULL");
    expect(availability({ ...shift, capacity: 5, signupCount: 0 }, at("2025-05-14T12:00:00Z"))).toBe("OVER");
  });

  it("shows today's shifts on the check-in screen, and after 23:30 those of just past midnight", () => {
    // 2025-05-14 10:00 in Wuhan: the local day.
    const day = checkInScreenRange(at("2025-05-14T02:00:00Z"));
    expect([day.from.toISOString(), day.to.toISOString()]).toEqual(["2025-05-13T16:00:00.000Z", "2025-05-14T16:00:00.000Z"]);
    // 23:45: a shift starting at 00:10 is already open for check-in, so the window reaches 01:00.
    const late = checkInScreenRange(at("2025-05-14T15:45:00Z"));
    expect([late.from.toISOString(), late.to.toISOString()]).toEqual(["2025-05-13T16:00:00.000Z", "2025-05-14T17:00:00.000Z"]);
  });

  it("names a sign-up's state", () => {
    expect(signupState({ checkedInAt: null, checkedOutAt: null, noShow: false })).toBe("SIGNED_UP");
    expect(signupState({ checkedInAt: "x", checkedOutAt: null, noShow: false })).toBe("CHECKED_IN");
    expect(signupState({ checkedInAt: "x", checkedOutAt: "y", noShow: false })).toBe("CHECKED_OUT");
    expect(signupState({ checkedInAt: null, checkedOutAt: null, noShow: true })).toBe("NO_SHOW");
  });
});

describe("the viewer", () => {
  const leader = "00000000-0000-4000-8000-000000000006";

  it("manages a team when he leads it or is staff", () => {
    const team = { leader: { id: leader } };
    expect(mayManageTeam({ personId: leader, roles: ["GRID_LEADER"] }, team)).toBe(true);
    expect(mayManageTeam({ personId: "someone-else", roles: ["VOLUNTEER"] }, team)).toBe(false);
    expect(mayManageTeam({ personId: null, roles: ["COMMUNITY_STAFF"] }, team)).toBe(true);
    expect(isStaff({ personId: null, roles: ["ADMIN"] })).toBe(true);
  });
});
