import { beforeAll, expect } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As, GraphQLAnswer } from "@dongting/subgraph-kit/testing";
import { asPerson, createShift, ok, signUp, staff } from "./fixtures.js";
import { LEADER, OTHER_LEADER, useShiftWorld, type ShiftWorld } from "./shift-world.js";

/** A service account of a district system: read-only, no personal data. */
export const integrator: As = { roles: ["INTEGRATOR"] };
/** Members of team A (102 only in A, 103 in A), 104 in both teams, 105 only in team B. */
export const memberA = asPerson(102);
export const mateA = asPerson(103);
export const onlyB = asPerson(105);
/** A resident in no team; the other staff roles, in no team either. */
export const resident = asPerson(4, ["RESIDENT"]);
export const partySecretary = asPerson(1, ["PARTY_COMMITTEE"]);
export const stationStaff = asPerson(3, ["STATION_STAFF"]);
export const gridLeader = asPerson(6, ["GRID_LEADER"]);
export const leaderA = asPerson(LEADER);
export const leaderB = asPerson(OTHER_LEADER);

export interface PrivacyWorld extends ShiftWorld {
  /** A running shift of team A: 102 signed up and checked in, 103 signed up. */
  shiftA: string;
  /** A coming shift of team B: 105 signed up. */
  shiftB: string;
  /** Volunteer ids of 103 and 105. */
  v103: string;
  v105: string;
}

export function usePrivacyWorld(): PrivacyWorld {
  const world = useShiftWorld() as PrivacyWorld;
  beforeAll(async () => {
    const { subgraph } = world;
    const ids = await subgraph.db.query(`SELECT person_id, id FROM volunteer WHERE person_id = ANY($1::uuid[])`, [
      [demoPersonId(103), demoPersonId(105)],
    ]);
    const idOf = (index: number) => ids.find((row: { person_id: string }) => row.person_id === demoPersonId(index)).id;
    world.v103 = idOf(103);
    world.v105 = idOf(105);
    world.shiftA = await createShift(subgraph, world.teamA, -30, 120);
    await signUp(subgraph, world.shiftA, world.v1);
    await signUp(subgraph, world.shiftA, world.v103);
    await ok(
      subgraph,
      `mutation($s: ID!, $v: ID!) { checkIn(shiftId: $s, volunteerId: $v) { checkedInAt } }`,
      { s: world.shiftA, v: world.v1 },
      staff,
    );
    world.shiftB = await createShift(subgraph, world.teamB, 24 * 60, 120);
    await signUp(subgraph, world.shiftB, world.v105);
  });
  return world;
}

/** Each error as "path code reason", in answer order, for exact assertions on who was refused where. */
export function refusals(answer: GraphQLAnswer): string[] {
  return (answer.errors ?? []).map((error) => `${(error.path ?? []).join(".")} ${error.extensions?.code} ${error.extensions?.reason}`);
}

/** The answer carries only the expected refusals (and no other error). */
export function expectRefusals(answer: GraphQLAnswer, expected: string[]): void {
  expect(refusals(answer)).toEqual(expected);
}

/** The answer has no error at all; returns its data. */
export function answered<T = any>(answer: GraphQLAnswer): T {
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

export const SIGN_IN = "UNAUTHENTICATED SIGN_IN_REQUIRED";
export const NOT_ALLOWED = "FORBIDDEN FIELD_NOT_ALLOWED";

/** A window around the world's clock that holds both shifts. */
export const WINDOW = (world: ShiftWorld) => {
  const now = world.subgraph.clock.now().getTime();
  return { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 3 * 86_400_000).toISOString() };
};
