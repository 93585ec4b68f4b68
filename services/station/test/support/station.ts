import { demoPersonId } from "@dongting/subgraph-kit";
import { startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { ManualClock, useClock } from "../../src/clock.js";
import { definition } from "../../src/definition.js";
import { seedLexiangZones } from "../../src/seed/lexiang.seed.js";
import { demoZoneId } from "../../src/seed/lexiang-zones.js";

/** "2026-03-02T09:00" in Wuhan -> an ISO string with the +08:00 offset. */
export const at = (local: string) => `${local.length === 16 ? `${local}:00` : local}+08:00`;

export const ZONE = {
  HELP_DESK: demoZoneId(1),
  FITNESS: demoZoneId(2),
  ITEM_EXCHANGE: demoZoneId(3),
  READING: demoZoneId(4),
  CHILDREN: demoZoneId(5),
  MEETING: demoZoneId(6),
  REST_STOP: demoZoneId(7),
  MULTIPURPOSE: demoZoneId(8),
};

export const staff: As = { roles: ["STATION_STAFF"], personId: demoPersonId(3) };
export const resident: As = { roles: ["RESIDENT"], personId: demoPersonId(4) };
export const neighbour: As = { roles: ["RESIDENT"], personId: demoPersonId(10) };
export const integrator: As = { roles: ["INTEGRATOR"] };

/** A subgraph on a fresh database with the eight zones, its clock pinned to `now`. */
export async function startStation(now: string): Promise<{ subgraph: TestSubgraph; clock: ManualClock }> {
  const subgraph = await startTestSubgraph(definition);
  await seedLexiangZones(subgraph.db);
  const clock = new ManualClock(now);
  useClock(subgraph.db, clock);
  return { subgraph, clock };
}

export async function countRows(subgraph: TestSubgraph, table: string): Promise<number> {
  const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM "${table}"`);
  return row.n;
}

export const BOOK = /* GraphQL */ `
  mutation Book($input: BookZoneInput!) {
    bookZone(input: $input) {
      id
      title
      startsAt
      endsAt
      attendees
      status
      seriesId
      organiser {
        id
      }
      team {
        id
      }
      zone {
        id
        name
      }
    }
  }
`;
