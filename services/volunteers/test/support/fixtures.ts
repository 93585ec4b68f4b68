import { demoPersonId, type Role } from "@dongting/subgraph-kit";
import type { As, TestSubgraph } from "@dongting/subgraph-kit/testing";

export const staff: As = { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) };
export const asPerson = (index: number, roles: Role[] = ["VOLUNTEER"]): As => ({ roles, personId: demoPersonId(index) });

const MINUTE = 60_000;
/** An ISO time `minutes` from now. */
export const fromNow = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

/** A span starting `startsIn` minutes from now and lasting `length` minutes, both from one clock reading. */
export function span(startsIn: number, length: number): { startsAt: string; endsAt: string } {
  const start = Date.now() + startsIn * MINUTE;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + length * MINUTE).toISOString() };
}

export async function ok<T = any>(subgraph: TestSubgraph, query: string, variables: Record<string, unknown>, as?: As): Promise<T> {
  const answer = await subgraph.request(query, variables, as);
  if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

export async function createTeam(subgraph: TestSubgraph, name: string, leaderIndex: number): Promise<string> {
  const data = await ok(
    subgraph,
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
    { input: { name, kind: "PATROL", leaderId: demoPersonId(leaderIndex) } },
    staff,
  );
  return data.createTeam.id;
}

/** Adds the person to the team (as staff) and returns his volunteer id. */
export async function join(subgraph: TestSubgraph, teamId: string, personIndex: number): Promise<string> {
  const data = await ok(
    subgraph,
    `mutation($teamId: ID!, $personId: ID!) { joinTeam(teamId: $teamId, personId: $personId) { id } }`,
    { teamId, personId: demoPersonId(personIndex) },
    staff,
  );
  return data.joinTeam.id;
}

export async function createShift(
  subgraph: TestSubgraph,
  teamId: string,
  startsInMinutes: number,
  lengthMinutes: number,
  capacity = 10,
): Promise<string> {
  const data = await ok(
    subgraph,
    `mutation($input: CreateShiftInput!) { createShift(input: $input) { id } }`,
    { input: { teamId, title: "夜间巡逻", ...span(startsInMinutes, lengthMinutes), capacity } },
    staff,
  );
  return data.createShift.id;
}

export const SIGN_UP = /* GraphQL */ `
  mutation ($shiftId: ID!, $volunteerId: ID!) {
    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
      signups {
        volunteer {
          id
        }
      }
    }
  }
`;

export async function signUp(subgraph: TestSubgraph, shiftId: string, volunteerId: string): Promise<void> {
  await ok(subgraph, SIGN_UP, { shiftId, volunteerId }, staff);
}

/** Moves a shift (and its sign-ups' copies of its times) by `minutes`, as if time had passed. */
export async function moveShift(subgraph: TestSubgraph, shiftId: string, minutes: number): Promise<void> {
  const by = `${minutes} minutes`;
  await subgraph.db.query(
    `UPDATE "shift" SET "starts_at" = "starts_at" + $2::interval, "ends_at" = "ends_at" + $2::interval WHERE "id" = $1`,
    [shiftId, by],
  );
  await subgraph.db.query(
    `UPDATE "shift_signup" SET "starts_at" = "starts_at" + $2::interval, "ends_at" = "ends_at" + $2::interval WHERE "shift_id" = $1`,
    [shiftId, by],
  );
}
