import { demoCommunityId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { applyTeamCommunities } from "../../src/copy/team-copy.js";
import { startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
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

/** The volunteer team the booking suites book for: a Dongting team in the station's team copy. */
export const FIXTURE_TEAM = "5f0c7a52-0000-4000-8000-0000000000aa";

/**
 * A subgraph on a fresh database with the read copies and Dongting's eight zones, its clock
 * (`subgraph.clock`) at `start`; the fixture team is in the team copy as Dongting's, as a pull would bring it.
 */
export async function startStation(start: string): Promise<TestSubgraph> {
  const subgraph = await startTestSubgraph(definition, { start });
  await seedLexiangZones(subgraph.db);
  await applyTeamCommunities(subgraph.db, [{ id: FIXTURE_TEAM, community: { id: demoCommunityId(1) } }]);
  return subgraph;
}

/** Back to the eight zones alone, the clock at `start`: each test then makes its own fixtures. */
export async function resetStation(subgraph: TestSubgraph, start: string): Promise<void> {
  for (const table of ["zone_calendar_feed", "waitlist_entry", "booking", "zone_closure", "exchange_item", "visitor_log", "history"])
    await subgraph.db.query(`DELETE FROM "${table}"`);
  subgraph.clock.set(start);
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
