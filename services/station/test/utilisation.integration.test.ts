import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { at, BOOK, integrator, resident, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(at("2026-03-02T08:00"));
  const book = async (zoneId: string, from: string, to: string, attendees = 5) => {
    const answer = await subgraph.request(BOOK, { input: { zoneId, title: "活动", startsAt: at(from), endsAt: at(to), attendees } }, staff);
    expect(answer.errors).toBeUndefined();
    return answer.data!.bookZone[0].id as string;
  };
  await book(ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T11:00");
  await book(ZONE.MEETING, "2026-03-10T14:00", "2026-03-10T15:30");
  const cancelled = await book(ZONE.MEETING, "2026-03-04T09:00", "2026-03-04T11:00");
  await subgraph.request(`mutation($id: ID!) { cancelBooking(id: $id) { id } }`, { id: cancelled }, staff);
  await book(ZONE.CHILDREN, "2026-03-07T09:00", "2026-03-07T12:00"); // PENDING: not used time
  await book(ZONE.FITNESS, "2026-03-05T10:00", "2026-03-05T12:00");
  await book(ZONE.FITNESS, "2026-03-05T11:00", "2026-03-05T13:00");
  const closed = await subgraph.request(
    `mutation { closeZone(zoneId: "${ZONE.HELP_DESK}", from: "${at("2026-03-03T00:00")}", to: "${at("2026-03-04T00:00")}", reason: "培训") { id } }`,
    {},
    staff,
  );
  expect(closed.errors).toBeUndefined();
});
afterAll(async () => {
  await subgraph?.stop();
});

const UTILISATION = `query($from: DateTime!, $to: DateTime!) { zoneUtilisation(from: $from, to: $to) { zone { name } openMinutes bookedMinutes rate } }`;

async function utilisation(from: string, to: string) {
  const answer = await subgraph.request(UTILISATION, { from: at(from), to: at(to) }, staff);
  expect(answer.errors).toBeUndefined();
  return Object.fromEntries(answer.data!.zoneUtilisation.map((row: any) => [row.zone.name, row]));
}

describe("zone utilisation", () => {
  it("sums opening hours over two weeks, minus a closure, with booked minutes of confirmed bookings", async () => {
    const rows = await utilisation("2026-03-02T00:00", "2026-03-16T00:00");
    // 万事通: workdays 08:30-12:00 + 14:00-17:30 (420 min), Saturdays 180, Sundays closed; closed all of 3 March.
    expect(rows["万事通"]).toEqual({ zone: { name: "万事通" }, openMinutes: 2 * (5 * 420 + 180) - 420, bookedMinutes: 0, rate: 0 });
    // 议事厅: Monday to Saturday 08:30-21:00; the cancelled booking does not count.
    expect(rows["议事厅"]).toMatchObject({
      openMinutes: 12 * 750,
      bookedMinutes: 120 + 90,
      rate: Math.round((210 / 9000) * 10_000) / 10_000,
    });
    // A pending booking is not used time.
    expect(rows["儿童之家"].bookedMinutes).toBe(0);
    // Overlapping bookings of a shared zone count once: 10:00-13:00.
    expect(rows["健身角"]).toMatchObject({ openMinutes: 14 * 870, bookedMinutes: 180 });
  });

  it("gives null rates for a window with no opening, and clips to partial days", async () => {
    const sunday = await utilisation("2026-03-08T00:00", "2026-03-09T00:00");
    expect(sunday["万事通"]).toMatchObject({ openMinutes: 0, bookedMinutes: 0, rate: null });
    expect(sunday["议事厅"]).toMatchObject({ openMinutes: 0, rate: null });
    const afternoon = await utilisation("2026-03-03T10:00", "2026-03-03T15:00");
    expect(afternoon["议事厅"]).toMatchObject({ openMinutes: 300, bookedMinutes: 60 });
    expect(afternoon["万事通"].openMinutes).toBe(0);
    const monday = await utilisation("2026-03-02T10:00", "2026-03-02T15:00");
    expect(monday["万事通"].openMinutes).toBe(120 + 60);
  });

  it("answers in one statement for the figures and one for the zones", async () => {
    subgraph.sql.reset();
    await utilisation("2026-03-02T00:00", "2026-03-09T00:00");
    expect(subgraph.sql.count()).toBe(2);
  });

  it("refuses a reversed or over-long window", async () => {
    const reversed = await subgraph.request(UTILISATION, { from: at("2026-03-09T00:00"), to: at("2026-03-02T00:00") }, staff);
    expectRefused(reversed, "BAD_USER_INPUT", "INVALID_TIME_WINDOW");
    const overLong = await subgraph.request(UTILISATION, { from: at("2026-01-01T00:00"), to: at("2027-03-01T00:00") }, staff);
    expectRefused(overLong, "BAD_USER_INPUT", "TIME_WINDOW_TOO_LONG");
  });

  it("is for the station's and the community's staff and INTEGRATOR, not residents or anonymous callers", async () => {
    const window = { from: at("2026-03-02T00:00"), to: at("2026-03-09T00:00") };
    expectRefused(await subgraph.request(UTILISATION, window, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    expectRefused(await subgraph.request(UTILISATION, window), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    const asIntegrator = await subgraph.request(UTILISATION, window, integrator);
    expect(asIntegrator.errors).toBeUndefined();
    expect(asIntegrator.data!.zoneUtilisation).toHaveLength(8);
  });
});
