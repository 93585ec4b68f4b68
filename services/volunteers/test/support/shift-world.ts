import { afterAll, beforeAll, beforeEach } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { TEST_NOW, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startVolunteers } from "./start.js";
import { asPerson, createTeam, join } from "./fixtures.js";

export const LEADER = 101;
export const OTHER_LEADER = 110;
export const leader = asPerson(LEADER);

/**
 * Two teams on a fresh subgraph whose clock is back at TEST_NOW before every test: team A led by person
 * 101 with members 102..104 and a pool of fresh members (140..159, so each test has volunteers free of
 * other tests' shifts); team B led by 110 with 104 and the outsider 105 (not in A).
 */
export interface ShiftWorld {
  subgraph: TestSubgraph;
  teamA: string;
  teamB: string;
  v1: string;
  v3: string;
  outsider: string;
  leaderVolunteer: string;
  take(): { id: string; person: number };
}

export function useShiftWorld(): ShiftWorld {
  const pool: Array<{ id: string; person: number }> = [];
  const world = {
    take: () => {
      const next = pool.shift();
      if (!next) throw new Error("the pool of fresh volunteers is used up");
      return next;
    },
  } as ShiftWorld;
  beforeAll(async () => {
    const subgraph = await startVolunteers();
    world.subgraph = subgraph;
    world.teamA = await createTeam(subgraph, "七宝巡逻队", LEADER);
    world.teamB = await createTeam(subgraph, "楼栋安全巡查队", OTHER_LEADER);
    world.v1 = await join(subgraph, world.teamA, 102);
    await join(subgraph, world.teamA, 103);
    world.v3 = await join(subgraph, world.teamA, 104);
    await join(subgraph, world.teamB, 104);
    world.outsider = await join(subgraph, world.teamB, 105);
    for (let person = 140; person < 160; person++) pool.push({ id: await join(subgraph, world.teamA, person), person });
    const [row] = await subgraph.db.query(`SELECT id FROM volunteer WHERE person_id = $1`, [demoPersonId(LEADER)]);
    world.leaderVolunteer = row.id;
  });
  beforeEach(() => world.subgraph.clock.set(TEST_NOW));
  afterAll(async () => {
    await world.subgraph?.stop();
  });
  return world;
}
