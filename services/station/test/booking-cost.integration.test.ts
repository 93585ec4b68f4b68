import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { at, resident, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(at("2026-03-02T08:00"));
});
afterAll(async () => {
  await subgraph?.stop();
});

const BOOK = /* GraphQL */ `
  mutation Book($input: BookZoneInput!) {
    bookZone(input: $input) {
      id
      status
      startsAt
      zone {
        id
        name
        capacity
      }
      organiser {
        id
      }
    }
  }
`;

/** Statements the subgraph runs for one bookZone, transaction control excluded. */
async function statementsToBook(zoneId: string, from: string, to: string): Promise<number> {
  subgraph.sql.reset();
  const answer = await subgraph.request(
    BOOK,
    { input: { zoneId, title: "测量", startsAt: at(from), endsAt: at(to), attendees: 2 } },
    resident,
  );
  expect(answer.errors).toBeUndefined();
  if (process.env.DEBUG_COST) console.log(subgraph.sql.statements.join("\n---\n"));
  return subgraph.sql.count();
}

/** `count` one-hour bookings every two hours from 2026-03-10 00:00 UTC, the hours in between left free. */
async function fillZone(zoneId: string, exclusive: boolean, count: number) {
  await subgraph.db.query(
    `INSERT INTO booking (zone_id, zone_exclusive, title, starts_at, ends_at, attendees, status)
     SELECT $1, $2, 'existing', t, t + interval '1 hour', 1, 'CONFIRMED'
       FROM generate_series(0, $3 - 1) AS i, LATERAL (SELECT timestamptz '2026-03-10T00:00:00Z' + i * interval '2 hours' AS t) AS slot`,
    [zoneId, exclusive, count],
  );
}

describe("the SQL cost of bookZone", () => {
  it.each([
    ["an exclusive zone", ZONE.MEETING, true],
    ["a shared zone", ZONE.FITNESS, false],
  ])("is the same whatever the number of existing bookings, for %s", async (_label, zoneId, exclusive) => {
    const onEmptyZone = await statementsToBook(zoneId, "2026-03-03T11:00", "2026-03-03T12:00");
    await fillZone(zoneId, exclusive, 500);
    // 11:00-12:00 local is 03:00-04:00 UTC: a free hour between two existing bookings.
    const amongFiveHundred = await statementsToBook(zoneId, "2026-03-12T11:00", "2026-03-12T12:00");
    expect(amongFiveHundred).toBe(onEmptyZone);
    console.log(`bookZone on ${_label}: ${onEmptyZone} SQL statements (transaction control excluded), with 0 or 500 existing bookings`);
    expect(onEmptyZone).toBeLessThanOrEqual(exclusive ? 7 : 8);
  });
});
