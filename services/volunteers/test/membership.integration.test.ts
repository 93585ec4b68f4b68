import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As } from "@dongting/subgraph-kit/testing";
import { asPerson, createShift, join, ok, refused, SIGN_UP, signUp, staff, UNKNOWN } from "./support/fixtures.js";
import { leader, useShiftWorld } from "./support/shift-world.js";

const JOIN = /* GraphQL */ `
  mutation ($teamId: ID!, $personId: ID!) {
    joinTeam(teamId: $teamId, personId: $personId) {
      id
      person {
        id
      }
      teams {
        id
      }
    }
  }
`;
const LEAVE = /* GraphQL */ `
  mutation ($teamId: ID!, $volunteerId: ID!) {
    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {
      id
      teams {
        id
      }
    }
  }
`;

const world = useShiftWorld();

describe("joinTeam", () => {
  it("lets a person join himself, creating his volunteer record, readable as Person.volunteer", async () => {
    const { subgraph, teamA } = world;
    const data = await ok(subgraph, JOIN, { teamId: teamA, personId: demoPersonId(120) }, asPerson(120, ["RESIDENT"]));
    expect(data.joinTeam.person.id).toBe(demoPersonId(120));
    expect(data.joinTeam.teams).toEqual([{ id: teamA }]);
    const person = await ok(
      subgraph,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { volunteer { id } } } }`,
      { reps: [{ __typename: "Person", id: demoPersonId(120) }] },
      asPerson(120, ["RESIDENT"]),
    );
    expect(person._entities[0].volunteer.id).toBe(data.joinTeam.id);
    const [membership] = await subgraph.db.query(`SELECT joined_at FROM team_membership WHERE volunteer_id = $1`, [data.joinTeam.id]);
    expect(new Date(membership.joined_at).toISOString()).toBe(subgraph.clock.now().toISOString());
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", "SIGN_IN_REQUIRED", () => ({ teamId: world.teamA, personId: demoPersonId(121) }), undefined],
    ["someone adding another person", "FORBIDDEN", "NOT_SELF", () => ({ teamId: world.teamA, personId: demoPersonId(121) }), asPerson(102)],
    ["the team's leader adding a person", "FORBIDDEN", "NOT_SELF", () => ({ teamId: world.teamA, personId: demoPersonId(121) }), leader],
    ["a member joining again", "CONFLICT", "ALREADY_MEMBER", () => ({ teamId: world.teamA, personId: demoPersonId(102) }), asPerson(102)],
    ["an unknown team", "NOT_FOUND", "NOT_FOUND", () => ({ teamId: UNKNOWN, personId: demoPersonId(121) }), staff],
    ["a person id that is not an id", "BAD_USER_INPUT", "INVALID_PERSON_ID", () => ({ teamId: world.teamA, personId: "刘洋" }), staff],
  ] as const)("refuses %s with %s (%s) and writes nothing", async (_label, code, reason, variables, as) => {
    await refused(world.subgraph, code, reason, JOIN, variables(), as as As | undefined);
  });
});

describe("leaveTeam", () => {
  it("lets a volunteer leave; his sign-ups for the team's coming shifts go, others stay; he may rejoin", async () => {
    const { subgraph, teamA, teamB } = world;
    const volunteer = await join(subgraph, teamA, 130);
    await join(subgraph, teamB, 130);
    const comingA = await createShift(subgraph, teamA, 48 * 60, 120);
    const comingB = await createShift(subgraph, teamB, 72 * 60, 120);
    await signUp(subgraph, comingA, volunteer);
    await signUp(subgraph, comingB, volunteer);

    const left = await ok(subgraph, LEAVE, { teamId: teamA, volunteerId: volunteer }, asPerson(130));
    expect(left.leaveTeam.teams).toEqual([{ id: teamB }]);
    const signups = await subgraph.db.query(`SELECT shift_id FROM shift_signup WHERE volunteer_id = $1`, [volunteer]);
    expect(signups).toEqual([{ shift_id: comingB }]);
    const [history] = await subgraph.db.query(`SELECT detail FROM history WHERE subject_id = $1 AND action = 'MEMBER_LEFT'`, [teamA]);
    expect(history.detail).toEqual({ volunteerId: volunteer, cancelledShiftIds: [comingA] });

    await refused(subgraph, "FORBIDDEN", "NOT_TEAM_MEMBER", SIGN_UP, { shiftId: comingA, volunteerId: volunteer }, asPerson(130));
    const rejoined = await ok(subgraph, JOIN, { teamId: teamA, personId: demoPersonId(130) }, asPerson(130));
    expect(rejoined.joinTeam.id).toBe(volunteer);
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", "SIGN_IN_REQUIRED", () => ({ teamId: world.teamA, volunteerId: world.v1 }), undefined],
    ["another volunteer", "FORBIDDEN", "NOT_SELF", () => ({ teamId: world.teamA, volunteerId: world.v1 }), asPerson(103)],
    ["the leader himself", "CONFLICT", "LEADER_CANNOT_LEAVE", () => ({ teamId: world.teamA, volunteerId: world.leaderVolunteer }), leader],
    ["someone not in the team", "CONFLICT", "NOT_TEAM_MEMBER", () => ({ teamId: world.teamA, volunteerId: world.outsider }), asPerson(105)],
    ["an unknown volunteer", "NOT_FOUND", "NOT_FOUND", () => ({ teamId: world.teamA, volunteerId: UNKNOWN }), staff],
    ["an unknown team", "NOT_FOUND", "NOT_FOUND", () => ({ teamId: UNKNOWN, volunteerId: world.v1 }), staff],
  ] as const)("refuses leaving for %s with %s (%s) and writes nothing", async (_label, code, reason, variables, as) => {
    await refused(world.subgraph, code, reason, LEAVE, variables(), as as As | undefined);
  });
});
