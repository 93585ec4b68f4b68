import {
  DEMO_COMMUNITIES,
  DEMO_NEIGHBOUR_TEAMS,
  DEMO_PEOPLE_COUNT,
  demoPersonId,
  demoTeamId,
  type DemoCommunity,
} from "@dongting/subgraph-kit/seed";
import { COMPOUND_OF_GRID, DEMO_TEAMS } from "./demo-community-ids.js";

/*
 * Whose requests the demo generator lays out: Dongting's year (4,000, unchanged from before there were
 * several communities, DT- codes) or one of its two smaller neighbours on the street, each with its own
 * codes, people, grids, staff and teams. In the seed's last full month 水果湖 (SG, ~540 a year) has more
 * than the ranking's 30 requests and 梨园 (LY, ~200 a year) fewer, so the ranking shows both kinds.
 */
export interface DemoRequestProfile {
  community: DemoCommunity;
  /** Requests a year (the default count). */
  count: number;
  randomSeed: number;
  /** Added to the request number in the demo uuid, so communities' ids never meet. */
  idBase: number;
  clientKeyPrefix: string;
  /** The submitter's person number from one draw in [0, 1) (Dongting: persona 4 every 97th). */
  submitter: (index: number, draw: number) => number;
  compoundOfGrid: (grid: number) => string;
  /** The community staff member who enters and reviews requests. */
  staffId: string;
  /** Person number of the n-th cadre (包点干部), n from 0. */
  cadre: (n: number) => number;
  /** A volunteer team by the catalogue name the generator picked. */
  team: (name: keyof typeof DEMO_TEAMS) => { name: string; id: string };
  /** Whether the Qibao patrol's shifts exist (Dongting's volunteers only). */
  patrol: boolean;
  /** Whether persona 4 (the demo resident, Dongting's) keeps recent requests unrated. */
  demoResident: boolean;
}

export const DONGTING_PROFILE: DemoRequestProfile = {
  community: DEMO_COMMUNITIES[0],
  count: 4000,
  randomSeed: 20_260_101,
  idBase: 0,
  clientKeyPrefix: "seed",
  submitter: (index, draw) => (index % 97 === 3 ? 4 : 7 + Math.floor(draw * (DEMO_PEOPLE_COUNT - 6))),
  compoundOfGrid: (grid) => COMPOUND_OF_GRID[grid - 1],
  staffId: demoPersonId(2),
  cadre: (n) => 7 + n,
  team: (name) => ({ name, id: demoTeamId(DEMO_TEAMS[name]) }),
  patrol: true,
  demoResident: true,
};

function neighbourProfile(n: 2 | 3, count: number): DemoRequestProfile {
  const community = DEMO_COMMUNITIES[n - 1];
  const people = community.people.last - community.people.first + 1;
  const place = community.name.replace("社区", "");
  const redNeighbours = DEMO_NEIGHBOUR_TEAMS.find((team) => team.community === n && team.kind === "RED_NEIGHBOUR")!;
  return {
    community,
    count,
    randomSeed: 20_260_101 + n,
    idBase: n * 1_000_000,
    clientKeyPrefix: `seed-${community.code.toLowerCase()}`,
    submitter: (_index, draw) => community.people.first + 15 + Math.floor(draw * (people - 15)),
    compoundOfGrid: (grid) => `${place}${grid - community.grids.first + 1}区`,
    // After the grid and neighbourhood leaders (see the kit's demo-community).
    staffId: demoPersonId(community.people.first + 14),
    cadre: (k) => community.people.first + 15 + (k % (people - 15)),
    // The neighbours have two teams: volunteer work goes to their 红色邻里 team.
    team: () => ({ name: redNeighbours.name, id: demoTeamId(redNeighbours.n) }),
    patrol: false,
    demoResident: false,
  };
}

export const NEIGHBOUR_PROFILES: readonly DemoRequestProfile[] = [neighbourProfile(2, 540), neighbourProfile(3, 200)];
