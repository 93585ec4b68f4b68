import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefused, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { booked, children, meeting, NOW } from "./support/booking.js";
import { at, resident, resetStation, staff, startStation, ZONE } from "./support/station.js";

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

describe("reading bookings", () => {
  it("lists each zone's bookings in a window with one SQL statement for all zones", async () => {
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"));
    await booked(subgraph, meeting("2026-03-03T14:00", "2026-03-03T15:00", { teamId: "5f0c7a52-0000-4000-8000-0000000000aa" }));
    await booked(subgraph, meeting("2026-03-03T11:00", "2026-03-03T12:00"));
    await booked(subgraph, meeting("2026-03-04T09:00", "2026-03-04T10:00"));
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { zones { name bookings(from: $from, to: $to) { title startsAt status zone { name } } } }`,
      { from: at("2026-03-03T00:00"), to: at("2026-03-04T00:00") },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    const hall = answer.data!.zones.find((z: { name: string }) => z.name === "议事厅");
    expect(hall.bookings.map((b: { startsAt: string }) => b.startsAt)).toEqual([
      "2026-03-03T01:00:00.000Z",
      "2026-03-03T03:00:00.000Z",
      "2026-03-03T06:00:00.000Z",
    ]);
    expect(subgraph.sql.count(/FROM "booking"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "zone"/i)).toBe(1);
  });

  it("refuses a reversed or over-long window with BAD_USER_INPUT", async () => {
    const query = `query($from: DateTime!, $to: DateTime!) { zones { bookings(from: $from, to: $to) { id } } }`;
    expectRefused(
      await subgraph.request(query, { from: at("2026-03-04T00:00"), to: at("2026-03-03T00:00") }, resident),
      "BAD_USER_INPUT",
      "INVALID_TIME_WINDOW",
    );
    expectRefused(
      await subgraph.request(query, { from: at("2026-03-01T00:00"), to: at("2026-07-01T00:00") }, resident),
      "BAD_USER_INPUT",
      "TIME_WINDOW_TOO_LONG",
    );
  });

  it("gives a day's free slots of a zone", async () => {
    await booked(subgraph, meeting("2026-03-17T09:00", "2026-03-17T11:00"));
    await booked(subgraph, meeting("2026-03-17T14:00", "2026-03-17T15:00"));
    const answer = await subgraph.request(
      `query($id: ID!) { zone(id: $id) { freeSlots(date: "2026-03-17") { startsAt endsAt freeCapacity } } }`,
      {
        id: ZONE.MEETING,
      },
    );
    expect(answer.data!.zone.freeSlots).toEqual([
      { startsAt: "2026-03-17T00:30:00.000Z", endsAt: "2026-03-17T01:00:00.000Z", freeCapacity: 40 },
      { startsAt: "2026-03-17T03:00:00.000Z", endsAt: "2026-03-17T06:00:00.000Z", freeCapacity: 40 },
      { startsAt: "2026-03-17T07:00:00.000Z", endsAt: "2026-03-17T13:00:00.000Z", freeCapacity: 40 },
    ]);
    const malformed = await subgraph.request(`query($id: ID!) { zone(id: $id) { freeSlots(date: "2026-02-30") { startsAt } } }`, {
      id: ZONE.MEETING,
    });
    expectRefused(malformed, "BAD_USER_INPUT", "INVALID_DATE");
  });

  it("pages through my bookings and the approval queue", async () => {
    for (const day of ["03", "04", "05", "06", "07"])
      await booked(subgraph, meeting(`2026-03-${day}T09:00`, `2026-03-${day}T10:00`), resident);
    await booked(subgraph, meeting("2026-03-09T09:00", "2026-03-09T10:00"), staff);
    await booked(subgraph, children("2026-03-07T09:00", "2026-03-07T10:00"), resident);
    await booked(subgraph, children("2026-03-08T09:00", "2026-03-08T10:00"), staff);
    const MINE = `query($after: String) { myBookings(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { startsAt organiser { id } } } } }`;
    const page = (await subgraph.request(MINE, {}, resident)).data!.myBookings;
    expect(page.totalCount).toBe(6);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const seen = [...page.edges];
    let after = page.pageInfo.endCursor;
    while (after) {
      const next = (await subgraph.request(MINE, { after }, resident)).data!.myBookings;
      seen.push(...next.edges);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(seen).toHaveLength(page.totalCount);
    const starts = seen.map((e) => e.node.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(seen.every((e) => e.node.organiser.id === resident.personId)).toBe(true);

    const queue = await subgraph.request(`{ pendingBookings { totalCount edges { node { status zone { name } } } } }`, {}, staff);
    expect(queue.data!.pendingBookings.totalCount).toBe(2);
    expect(queue.data!.pendingBookings.edges.every((e: any) => e.node.status === "PENDING" && e.node.zone.name === "儿童之家")).toBe(true);
    expectRefused(await subgraph.request(`{ pendingBookings { totalCount } }`, {}, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    expectRefused(
      await subgraph.request(`{ myBookings(first: 101) { totalCount } }`, {}, resident),
      "BAD_USER_INPUT",
      "PAGE_SIZE_OUT_OF_RANGE",
    );
  });

  it("leaves past bookings out of my bookings unless asked, by the subgraph's clock", async () => {
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    await booked(subgraph, meeting("2026-03-05T09:00", "2026-03-05T10:00"), resident);
    subgraph.clock.set(at("2026-03-04T12:00"));
    const MINE = `query($past: Boolean!) { myBookings(includePast: $past) { totalCount } }`;
    expect((await subgraph.request(MINE, { past: false }, resident)).data!.myBookings.totalCount).toBe(1);
    expect((await subgraph.request(MINE, { past: true }, resident)).data!.myBookings.totalCount).toBe(2);
  });
});
