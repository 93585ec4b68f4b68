import {
  DEMO_PEOPLE_COUNT,
  demoNeighbourhoodId,
  DEMO_PERSON_TOTAL,
  NEIGHBOURHOOD_COUNT,
  demoCommunityId,
  demoPersonId,
  demoPersonName,
  demoPersonPhone,
} from "@dongting/subgraph-kit/seed";
import { CommunityRole } from "../person/community-role.js";
import { idNumberCheckCharacter } from "@dongting/domain/organisation-people";
import { generatedName, generatedPhone } from "./chinese-names.js";
import type { BuildingRow, GridRow, NeighbourhoodRow } from "./grid-tree.data.js";

/** About 15,000 residents (4,644 households of about three). */
export const PEOPLE_COUNT = 15_000;

/**
 * The id of Dongting's resident number n. Numbers 601..820 are the neighbouring communities' shared demo
 * people (the kit's DEMO_COMMUNITIES), so Dongting's own residents with those numbers take ids after
 * the last resident (15,001..15,220); every other resident keeps the id of its number.
 */
export const dongtingPersonId = (n: number): string =>
  demoPersonId(n > DEMO_PEOPLE_COUNT && n <= DEMO_PERSON_TOTAL ? n + PEOPLE_COUNT - DEMO_PEOPLE_COUNT : n);

/** Dongting's resident n lives in neighbourhood ((n - 1) mod 242) + 1. */
export const dongtingNeighbourhoodOf = (n: number): number => ((n - 1) % NEIGHBOURHOOD_COUNT) + 1;

export interface PersonRow {
  id: string;
  name: string;
  phone: string | null;
  roles: CommunityRole[];
  neighbourhoodId: string;
  communityId: string;
  idNumber: string | null;
}

/**
 * A valid but fake 居民身份证号 for the shared demo person n (1..600): Wuchang's region code 420106, a
 * birth date drawn from n, n as the sequence (so no two collide), and the GB 11643 check character.
 * Deterministic: the other slices and the tests may compute the same number.
 */
export function demoIdNumber(n: number): string {
  const year = 1950 + ((n * 7) % 50);
  const month = String((n % 12) + 1).padStart(2, "0");
  const day = String((n % 28) + 1).padStart(2, "0");
  const first17 = `420106${year}${month}${day}${String(n % 1000).padStart(3, "0")}`;
  return first17 + idNumberCheckCharacter(first17);
}

/**
 * People 1..600 are the kit's shared demo people (same ids, names and phones as the other seeds use);
 * the rest are generated. Leader roles follow the grid tree's leaders; a few are volunteer supervisors.
 */
export function demoPeople(tree: { grids: GridRow[]; neighbourhoods: NeighbourhoodRow[]; buildings: BuildingRow[] }): PersonRow[] {
  const roles = new Map<number, Set<CommunityRole>>();
  const give = (n: number, role: CommunityRole) => {
    const held = roles.get(n) ?? new Set<CommunityRole>();
    held.add(role);
    roles.set(n, held);
  };
  for (const grid of tree.grids) give(grid.leader, CommunityRole.GRID_LEADER);
  for (const neighbourhood of tree.neighbourhoods) give(neighbourhood.leader, CommunityRole.NEIGHBOURHOOD_LEADER);
  for (const building of tree.buildings) give(building.leader, CommunityRole.BUILDING_LEADER);
  for (let n = 125; n <= PEOPLE_COUNT; n += 250) give(n, CommunityRole.VOLUNTEER_SUPERVISOR);

  return Array.from({ length: PEOPLE_COUNT }, (_, i) => {
    const n = i + 1;
    const shared = n <= DEMO_PEOPLE_COUNT;
    return {
      id: dongtingPersonId(n),
      name: shared ? demoPersonName(n) : generatedName(n),
      phone: shared ? demoPersonPhone(n) : generatedPhone(n),
      roles: [...(roles.get(n) ?? [])],
      neighbourhoodId: demoNeighbourhoodId(dongtingNeighbourhoodOf(n)),
      communityId: demoCommunityId(1),
      idNumber: shared ? demoIdNumber(n) : null,
    };
  });
}
