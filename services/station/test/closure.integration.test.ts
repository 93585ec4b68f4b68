import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { book, booked, CANCEL, expectBookingRefused } from "./support/booking.js";
import { at, resetStation, resident, staff, startStation, ZONE } from "./support/station.js";

const NOW = at("2026-03-02T08:00");
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

const CLOSE = /* GraphQL */ `
  mutation Close($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {
    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {
      id
      name
      closures(from: $from, to: $to) {
        id
        startsAt
        endsAt
        reason
      }
    }
  }
`;
const REOPEN = `mutation($id: ID!) { reopenZone(closureId: $id) { id endsAt reopenedAt zone { name } } }`;
const LIST = `query($from: DateTime!, $to: DateTime!, $zoneId: ID) { zoneClosures(from: $from, to: $to, zoneId: $zoneId) { id reason zone { name } } }`;
const hall = (from: string, to: string) => ({
  zoneId: ZONE.MULTIPURPOSE,
  title: "社区文艺汇演",
  startsAt: at(from),
  endsAt: at(to),
  attendees: 60,
});
/** The multipurpose hall closed Monday 9 and Tuesday 10 March. */
const closure = { zoneId: ZONE.MULTIPURPOSE, from: at("2026-03-09T00:00"), to: at("2026-03-11T00:00"), reason: "地面翻新" };

async function closeHall(): Promise<string> {
  const answer = await subgraph.request(CLOSE, closure, staff);
  expect(answer.errors).toBeUndefined();
  return answer.data!.closeZone.closures[0].id;
}

describe("closing a zone", () => {
  it("is for station staff only", async () => {
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CLOSE, closure, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CLOSE, closure), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
  });

  it.each([
    ["a reversed period", { from: at("2026-03-11T00:00"), to: at("2026-03-09T00:00") }, "INVALID_TIME_WINDOW"],
    ["a period over 366 days", { to: at("2027-03-11T00:00") }, "TIME_WINDOW_TOO_LONG"],
    ["a period already over", { from: at("2026-03-01T00:00"), to: at("2026-03-02T07:00") }, "CLOSURE_IN_PAST"],
    ["a blank reason", { reason: " " }, "TEXT_BLANK"],
    ["a reason over 200 characters", { reason: "修".repeat(201) }, "TEXT_TOO_LONG"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, patch, reason) => {
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CLOSE, { ...closure, ...patch }, staff), "BAD_USER_INPUT", reason);
  });

  it("gives NOT_FOUND for an unknown zone", async () => {
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(CLOSE, { ...closure, zoneId: "5f0c7a52-0000-4000-8000-000000000000" }, staff),
      "NOT_FOUND",
      "NOT_FOUND",
    );
  });

  it("refuses with CONFLICT, listing them, while active bookings overlap the closure; closes once they are cancelled", async () => {
    const bookingId = await booked(subgraph, hall("2026-03-10T09:00", "2026-03-10T11:00"), resident);
    const error = await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(CLOSE, closure, staff),
      "CONFLICT",
      "CLOSURE_OVERLAPS_BOOKINGS",
    );
    expect(error.extensions!.bookings).toEqual([
      { id: bookingId, title: "社区文艺汇演", startsAt: "2026-03-10T01:00:00.000Z", endsAt: "2026-03-10T03:00:00.000Z", status: "PENDING" },
    ]);
    expect(error.extensions!.total).toBe(1);
    expect(error.message).toContain("社区文艺汇演");
    expect((await subgraph.request(CANCEL, { id: bookingId }, resident)).errors).toBeUndefined();
    await closeHall();
  });

  it("closes the zone once nothing overlaps; bookings in the closure are then refused with CONFLICT", async () => {
    const answer = await subgraph.request(CLOSE, closure, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.closeZone.closures).toMatchObject([{ reason: "地面翻新", startsAt: "2026-03-08T16:00:00.000Z" }]);
    const error = await expectBookingRefused(subgraph, hall("2026-03-10T09:00", "2026-03-10T11:00"), "CONFLICT", "ZONE_CLOSED", resident);
    expect(error.message).toContain("地面翻新");
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [ZONE.MULTIPURPOSE]);
    expect(history).toEqual([{ action: "CLOSED", actor_id: staff.personId }]);
  });

  it("names the first week of a series that falls in a closure", async () => {
    await closeHall();
    const error = await expectBookingRefused(
      subgraph,
      { ...hall("2026-03-03T09:00", "2026-03-03T10:00"), weeklyOccurrences: 3 },
      "CONFLICT",
      "ZONE_CLOSED",
      resident,
    );
    expect(error.extensions).toMatchObject({ date: "2026-03-10", occurrence: 2 });
  });
});

describe("listing and reopening closures", () => {
  it("lists closures in a window, of all zones or one", async () => {
    const id = await closeHall();
    const window = { from: at("2026-03-01T00:00"), to: at("2026-04-01T00:00") };
    const listed = await subgraph.request(LIST, window, resident);
    expect(listed.data!.zoneClosures).toEqual([{ id, reason: "地面翻新", zone: { name: "多功能厅" } }]);
    expect((await subgraph.request(LIST, { ...window, zoneId: ZONE.MEETING }, resident)).data!.zoneClosures).toEqual([]);
    expect((await subgraph.request(LIST, { ...window, zoneId: "hall" }, resident)).data!.zoneClosures).toEqual([]);
    expect(
      (await subgraph.request(LIST, { from: at("2026-03-11T00:00"), to: at("2026-04-01T00:00") }, resident)).data!.zoneClosures,
    ).toEqual([]);
    expectRefused(await subgraph.request(LIST, { from: window.to, to: window.from }, resident), "BAD_USER_INPUT", "INVALID_TIME_WINDOW");
  });

  it("reopens a zone early, by station staff, after which it can be booked", async () => {
    const id = await closeHall();
    subgraph.clock.set(at("2026-03-09T12:00"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(REOPEN, { id }, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    const reopened = await subgraph.request(REOPEN, { id }, staff);
    expect(reopened.data!.reopenZone).toMatchObject({
      endsAt: "2026-03-09T04:00:00.000Z",
      reopenedAt: "2026-03-09T04:00:00.000Z",
      zone: { name: "多功能厅" },
    });
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(REOPEN, { id }, staff), "CONFLICT", "CLOSURE_NOT_IN_EFFECT");
    expect((await book(subgraph, hall("2026-03-10T09:00", "2026-03-10T11:00"), resident)).errors).toBeUndefined();
  });

  it("voids a closure that has not started yet", async () => {
    const id = await closeHall();
    const reopened = await subgraph.request(REOPEN, { id }, staff);
    expect(reopened.data!.reopenZone).toMatchObject({ endsAt: "2026-03-08T16:00:00.000Z", reopenedAt: "2026-03-02T00:00:00.000Z" });
    const window = { from: at("2026-03-01T00:00"), to: at("2026-04-01T00:00") };
    expect((await subgraph.request(LIST, window, resident)).data!.zoneClosures).toEqual([]);
  });
});
