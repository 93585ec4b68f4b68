import {
  DEMO_COMMUNITIES,
  STREET_UNIT,
  demoCommunityId,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
} from "./demo-community.js";

/*
 * SEED_DISTRICT=N (PostgreSQL only): the demo street's three communities plus communities 4..N generated with
 * Dongting's per-capita shape, for scale tests and `pnpm bench:district`. Every subgraph's seed computes the
 * same ids from these functions, as the demo seeds do from demo-community.ts. Generated community c has:
 *   10 grids, 24 neighbourhoods per grid (240), 15,000 people, ~4,000 requests a year, 30 shifts a week, 8 zones;
 *   8 communities share a street (streets are org units 100 + s); its committee is org unit 1,000 + c.
 */
export const DISTRICT_SHAPE = {
  gridsPerCommunity: 10,
  neighbourhoodsPerGrid: 24,
  peoplePerCommunity: 15_000,
  requestsPerCommunityYear: 4_000,
  shiftsPerCommunityWeek: 30,
  zonesPerCommunity: 8,
  communitiesPerStreet: 8,
} as const;

/** How many communities SEED_DISTRICT asks for (0: not a district seed). Refused below 3 or above 500. */
export function districtSize(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEED_DISTRICT;
  if (!raw) return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 3 || n > 500) throw new Error(`SEED_DISTRICT must be an integer from 3 to 500, not "${raw}"`);
  return n;
}

/** Generated communities: 4..n (1..3 are the demo street's). */
export const generatedCommunities = (n: number): number[] => Array.from({ length: Math.max(0, n - 3) }, (_, i) => i + 4);

export interface DistrictCommunity {
  c: number;
  id: string;
  code: string;
  name: string;
  streetUnitId: string;
  committeeUnitId: string;
}

/** A generated community's code: capital letters only (the community table's CHECK ^[A-Z]{2,8}$), e.g. 4 -> DAAE. */
export function districtCommunityCode(c: number): string {
  const letter = (n: number) => String.fromCharCode(65 + (n % 26));
  return `D${letter(Math.floor(c / 676))}${letter(Math.floor(c / 26))}${letter(c)}`;
}

export function districtCommunity(c: number): DistrictCommunity {
  if (c <= 3) {
    const demo = DEMO_COMMUNITIES[c - 1];
    return {
      c,
      id: demo.id,
      code: demo.code,
      name: demo.name,
      streetUnitId: demoOrgUnitId(STREET_UNIT),
      committeeUnitId: demo.committeeUnitId,
    };
  }
  return {
    c,
    id: demoCommunityId(c),
    code: districtCommunityCode(c),
    name: `第${c}社区`,
    streetUnitId: districtStreetUnitId(c),
    committeeUnitId: demoOrgUnitId(1_000 + c),
  };
}

/** The street org unit of generated community c (org unit 100 + s, s = the street's number). */
export const districtStreetUnitId = (c: number): string => demoOrgUnitId(100 + Math.floor((c - 4) / DISTRICT_SHAPE.communitiesPerStreet));

/** Grid g (0..9) of generated community c; neighbourhood k (0..239); person i (0..14,999). */
export const districtGridId = (c: number, g: number): string => demoGridId(10_000 + c * 10 + g);
export const districtNeighbourhoodId = (c: number, k: number): string => demoNeighbourhoodId(1_000_000 + c * 1_000 + k);
export const districtGridOfNeighbourhood = (k: number): number => Math.floor(k / DISTRICT_SHAPE.neighbourhoodsPerGrid);
export const districtPersonId = (c: number, i: number): string => demoPersonId(10_000_000 + c * 100_000 + i);
export const districtNeighbourhoodOfPerson = (i: number): number =>
  i % (DISTRICT_SHAPE.gridsPerCommunity * DISTRICT_SHAPE.neighbourhoodsPerGrid);
/** The grid leader of grid g of community c is its person g. */
export const districtGridLeader = (c: number, g: number): string => districtPersonId(c, g);
