import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import type { ManualClock } from "../src/clock.js";
import { at, BOOK, countRows, resident, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
let clock: ManualClock;
const NOW = at("2026-03-02T08:00");

beforeAll(async () => {
  ({ subgraph, clock } = await startStation(NOW));
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
const hall = (from: string, to: string) => ({
  zoneId: ZONE.MULTIPURPOSE,
  title: "社区文艺汇演",
  startsAt: at(from),
  endsAt: at(to),
  attendees: 60,
});

async function expectNoClosure(run: () => Promise<any>, code: string) {
  const closures = await countRows(subgraph, "zone_closure");
  const history = await countRows(subgraph, "history");
  const answer = await run();
  expect(errorCode(answer), JSON.stringify(answer.errors)).toBe(code);
  expect(await countRows(subgraph, "zone_closure")).toBe(closures);
  expect(await countRows(subgraph, "history")).toBe(history);
  return answer;
}

describe("closing a zone", () => {
  const closure = { zoneId: ZONE.MULTIPURPOSE, from: at("2026-03-09T00:00"), to: at("2026-03-11T00:00"), reason: "地面翻新" };

  it("is for station staff only", async () => {
    await expectNoClosure(() => subgraph.request(CLOSE, closure, resident), "FORBIDDEN");
    await expectNoClosure(() => subgraph.request(CLOSE, closure), "UNAUTHENTICATED");
  });

  it.each([
    ["a reversed period", { from: at("2026-03-11T00:00"), to: at("2026-03-09T00:00") }],
    ["a period already over", { from: at("2026-03-01T00:00"), to: at("2026-03-02T07:00") }],
    ["a blank reason", { reason: " " }],
  ])("refuses %s with BAD_USER_INPUT", async (_label, patch) => {
    await expectNoClosure(() => subgraph.request(CLOSE, { ...closure, ...patch }, staff), "BAD_USER_INPUT");
  });

  it("gives NOT_FOUND for an unknown zone", async () => {
    await expectNoClosure(
      () => subgraph.request(CLOSE, { ...closure, zoneId: "5f0c7a52-0000-4000-8000-000000000000" }, staff),
      "NOT_FOUND",
    );
  });

  it("refuses with CONFLICT, listing them, while active bookings overlap the closure", async () => {
    const booked = await subgraph.request(BOOK, { input: hall("2026-03-10T09:00", "2026-03-10T11:00") }, resident);
    const bookingId = booked.data!.bookZone[0].id;
    const answer = await expectNoClosure(() => subgraph.request(CLOSE, closure, staff), "CONFLICT");
    expect(answer.errors[0].extensions.bookings).toEqual([
      { id: bookingId, title: "社区文艺汇演", startsAt: "2026-03-10T01:00:00.000Z", endsAt: "2026-03-10T03:00:00.000Z", status: "PENDING" },
    ]);
    expect(answer.errors[0].message).toContain("社区文艺汇演");
    await subgraph.request(`mutation($id: ID!) { cancelBooking(id: $id) { status } }`, { id: bookingId }, resident);
  });

  it("closes the zone once nothing overlaps; bookings in the closure are then refused with CONFLICT", async () => {
    const answer = await subgraph.request(CLOSE, closure, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.closeZone.closures).toMatchObject([{ reason: "地面翻新", startsAt: "2026-03-08T16:00:00.000Z" }]);
    const refused = await subgraph.request(BOOK, { input: hall("2026-03-10T09:00", "2026-03-10T11:00") }, resident);
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toContain("地面翻新");
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [ZONE.MULTIPURPOSE]);
    expect(history).toEqual([{ action: "CLOSED", actor_id: staff.personId }]);
  });

  it("names the first week of a series that falls in a closure", async () => {
    const answer = await subgraph.request(
      BOOK,
      { input: { ...hall("2026-03-03T09:00", "2026-03-03T10:00"), weeklyOccurrences: 3 } },
      resident,
    );
    expect(errorCode(answer)).toBe("CONFLICT");
    expect(answer.errors![0].extensions).toMatchObject({ date: "2026-03-10", occurrence: 2 });
  });

  it("lists closures and reopens a zone early", async () => {
    const listed = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { zoneClosures(from: $from, to: $to) { id reason zone { name } } }`,
      {
        from: at("2026-03-01T00:00"),
        to: at("2026-04-01T00:00"),
      },
    );
    const [only] = listed.data!.zoneClosures;
    expect(only).toMatchObject({ reason: "地面翻新", zone: { name: "多功能厅" } });

    clock.set(at("2026-03-09T12:00"));
    expect(errorCode(await subgraph.request(REOPEN, { id: only.id }, resident))).toBe("FORBIDDEN");
    const reopened = await subgraph.request(REOPEN, { id: only.id }, staff);
    expect(reopened.data!.reopenZone).toMatchObject({ endsAt: "2026-03-09T04:00:00.000Z", reopenedAt: "2026-03-09T04:00:00.000Z" });
    expect(errorCode(await subgraph.request(REOPEN, { id: only.id }, staff))).toBe("CONFLICT");
    const booked = await subgraph.request(BOOK, { input: hall("2026-03-10T09:00", "2026-03-10T11:00") }, resident);
    expect(booked.errors).toBeUndefined();
  });
});
