import { demoCommunityId, demoPersonId } from "@dongting/subgraph-kit/seed";
import type { Role } from "@dongting/subgraph-kit";
import { expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { addMinutes } from "@dongting/domain/local-time";

export const staff: As = { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) };
export const asPerson = (index: number, roles: Role[] = ["VOLUNTEER"]): As => ({ roles, personId: demoPersonId(index) });
/** The demo street's communities: 东亭 (where the fixtures' teams are), 水果湖 and 梨园. */
export const DONGTING = demoCommunityId(1);
export const SHUIGUOHU = demoCommunityId(2);
export const LIYUAN = demoCommunityId(3);
export const UNKNOWN = "5f0c7a52-0000-4000-8000-000000000000";

/** An ISO time `minutes` from the subgraph's clock. */
export const fromNow = (subgraph: TestSubgraph, minutes: number) => addMinutes(subgraph.clock.now(), minutes).toISOString();

/** A span starting `startsIn` minutes from the subgraph's clock and lasting `length` minutes. */
export function span(subgraph: TestSubgraph, startsIn: number, length: number): { startsAt: string; endsAt: string } {
  return { startsAt: fromNow(subgraph, startsIn), endsAt: fromNow(subgraph, startsIn + length) };
}

export async function ok<T = any>(subgraph: TestSubgraph, query: string, variables: Record<string, unknown>, as?: As): Promise<T> {
  const answer = await subgraph.request(query, variables, as);
  if (answer.errors) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

/** Runs the operation; expects the code and reason, and that no table changed. */
export function refused(subgraph: TestSubgraph, code: string, reason: string, query: string, variables: Record<string, unknown>, as?: As) {
  return expectRefusedWithoutWrites(subgraph, () => subgraph.request(query, variables, as), code, reason);
}

/** A team made by (global) staff, in Dongting unless another community is named. */
export async function createTeam(subgraph: TestSubgraph, name: string, leaderIndex: number, communityId = DONGTING): Promise<string> {
  const data = await ok(
    subgraph,
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
    { input: { name, kind: "PATROL", leaderId: demoPersonId(leaderIndex), communityId } },
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
    { input: { teamId, title: "夜间巡逻", ...span(subgraph, startsInMinutes, lengthMinutes), capacity } },
    staff,
  );
  return data.createShift.id;
}

/** What any volunteer may read back of the shift he signed up for (the list of sign-ups is for its leader and staff). */
export const SIGN_UP = /* GraphQL */ `
  mutation ($shiftId: ID!, $volunteerId: ID!) {
    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`;

/** The volunteer ids signed up for the shift, in the order they came, read as `as` (its leader or staff). */
export async function signedUp(subgraph: TestSubgraph, shiftId: string, as: As = staff): Promise<string[]> {
  const data = await ok(subgraph, `query($id: ID!) { shift(id: $id) { signups { volunteer { id } } } }`, { id: shiftId }, as);
  return data.shift.signups.map((signup: { volunteer: { id: string } }) => signup.volunteer.id);
}

export async function signUp(subgraph: TestSubgraph, shiftId: string, volunteerId: string): Promise<void> {
  await ok(subgraph, SIGN_UP, { shiftId, volunteerId }, staff);
}
