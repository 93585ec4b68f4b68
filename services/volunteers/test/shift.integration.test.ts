import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit";
import { errorCode, startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { snapshot } from "./support/counts.js";
import { asPerson, createShift, createTeam, fromNow, join, moveShift, ok, SIGN_UP, signUp, span, staff } from "./support/fixtures.js";

const CREATE_SHIFT = /* GraphQL */ `
  mutation ($input: CreateShiftInput!) {
    createShift(input: $input) {
      id
      title
      location
      capacity
      startsAt
      endsAt
      team {
        id
      }
      signupCount
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation ($shiftId: ID!, $volunteerId: ID!) {
    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`;
const CHECK_IN = /* GraphQL */ `
  mutation ($shiftId: ID!, $volunteerId: ID!) {
    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {
      volunteer {
        id
      }
      checkedInAt
      checkedOutAt
      minutes
    }
  }
`;
const CHECK_OUT = /* GraphQL */ `
  mutation ($shiftId: ID!, $volunteerId: ID!) {
    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {
      volunteer {
        id
      }
      checkedInAt
      checkedOutAt
      minutes
    }
  }
`;
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
const UNKNOWN = "5f0c7a52-0000-4000-8000-000000000000";

const IN_TEN_HOURS = fromNow(600);
const LEADER = 101;
const leader = asPerson(LEADER);
let subgraph: TestSubgraph;
let teamA: string;
let teamB: string;
let v1: string; // person 102, team A
let v2: string; // person 103, team A
let v3: string; // person 104, teams A and B
let outsider: string; // person 105, team B only
/** Fresh members of team A (persons 140..), so each test has volunteers free of other tests' shifts. */
const pool: Array<{ id: string; person: number }> = [];
const take = () => pool.shift()!;

beforeAll(async () => {
  subgraph = await startTestSubgraph(definition);
  teamA = await createTeam(subgraph, "七宝巡逻队", LEADER);
  teamB = await createTeam(subgraph, "楼栋安全巡查队", 110);
  v1 = await join(subgraph, teamA, 102);
  v2 = await join(subgraph, teamA, 103);
  v3 = await join(subgraph, teamA, 104);
  await join(subgraph, teamB, 104);
  outsider = await join(subgraph, teamB, 105);
  for (let person = 140; person < 160; person++) pool.push({ id: await join(subgraph, teamA, person), person });
});
afterAll(async () => {
  await subgraph?.stop();
});

/** Runs the operation, expects the code, and that nothing at all changed in the database. */
async function refused(code: string, query: string, variables: Record<string, unknown>, as?: As) {
  const before = await snapshot(subgraph);
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.data)).toBeDefined();
  expect(errorCode(answer)).toBe(code);
  expect(await snapshot(subgraph)).toEqual(before);
}

const shiftInput = (overrides: Record<string, unknown> = {}) => ({
  teamId: teamA,
  title: "夜间巡逻",
  ...span(24 * 60, 120),
  capacity: 10,
  ...overrides,
});

describe("createShift", () => {
  it("lets staff, ADMIN and the team's leader schedule; trims title and location", async () => {
    const byStaff = await ok(subgraph, CREATE_SHIFT, { input: shiftInput({ title: "  夜间巡逻 ", location: " 党群服务中心 " }) }, staff);
    expect(byStaff.createShift).toMatchObject({
      title: "夜间巡逻",
      location: "党群服务中心",
      capacity: 10,
      team: { id: teamA },
      signupCount: 0,
    });
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput() }, leader);
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput() }, { roles: ["ADMIN"] });
  });

  it("accepts exactly 12 hours and capacity 1 and 500", async () => {
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput({ ...span(60, 12 * 60), capacity: 1 }) }, staff);
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput({ capacity: 500 }) }, staff);
  });

  it("records who scheduled it", async () => {
    const data = await ok(subgraph, CREATE_SHIFT, { input: shiftInput() }, leader);
    const rows = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [data.createShift.id]);
    expect(rows).toEqual([{ action: "CREATED", actor_id: demoPersonId(LEADER) }]);
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", {}, undefined],
    ["a resident", "FORBIDDEN", {}, asPerson(4, ["RESIDENT"])],
    ["a member who is not the leader", "FORBIDDEN", {}, asPerson(102)],
    ["another team's leader", "FORBIDDEN", {}, asPerson(110)],
    ["the party committee", "FORBIDDEN", {}, asPerson(1, ["PARTY_COMMITTEE"])],
    ["an end equal to the start", "BAD_USER_INPUT", { startsAt: IN_TEN_HOURS, endsAt: IN_TEN_HOURS }, staff],
    ["an end before the start", "BAD_USER_INPUT", span(600, -100), staff],
    ["a shift over 12 hours", "BAD_USER_INPUT", span(600, 12 * 60 + 1), staff],
    ["capacity 0", "BAD_USER_INPUT", { capacity: 0 }, staff],
    ["capacity 501", "BAD_USER_INPUT", { capacity: 501 }, staff],
    ["a blank title", "BAD_USER_INPUT", { title: "  " }, staff],
    ["a title over 100 characters", "BAD_USER_INPUT", { title: "巡".repeat(101) }, staff],
    ["a location over 100 characters", "BAD_USER_INPUT", { location: "地".repeat(101) }, staff],
    ["a time without offset", "BAD_USER_INPUT", { startsAt: "2026-05-01T19:00:00" }, staff],
    ["an unknown team", "NOT_FOUND", { teamId: UNKNOWN }, staff],
  ] as const)("refuses %s with %s and writes nothing", async (_label, code, overrides, as) => {
    await refused(code, CREATE_SHIFT, { input: shiftInput(overrides) }, as as As | undefined);
  });
});

describe("joinTeam and leaveTeam", () => {
  it("lets a person join himself, creating his volunteer record, readable as Person.volunteer", async () => {
    const data = await ok(subgraph, JOIN, { teamId: teamA, personId: demoPersonId(120) }, asPerson(120, ["RESIDENT"]));
    expect(data.joinTeam.person.id).toBe(demoPersonId(120));
    expect(data.joinTeam.teams).toEqual([{ id: teamA }]);
    const person = await ok(
      subgraph,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { volunteer { id } } } }`,
      { reps: [{ __typename: "Person", id: demoPersonId(120) }] },
    );
    expect(person._entities[0].volunteer.id).toBe(data.joinTeam.id);
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", () => ({ teamId: teamA, personId: demoPersonId(121) }), undefined],
    ["someone adding another person", "FORBIDDEN", () => ({ teamId: teamA, personId: demoPersonId(121) }), asPerson(102)],
    ["the team's leader adding a person", "FORBIDDEN", () => ({ teamId: teamA, personId: demoPersonId(121) }), leader],
    ["a member joining again", "CONFLICT", () => ({ teamId: teamA, personId: demoPersonId(102) }), asPerson(102)],
    ["an unknown team", "NOT_FOUND", () => ({ teamId: UNKNOWN, personId: demoPersonId(121) }), staff],
    ["a person id that is not an id", "BAD_USER_INPUT", () => ({ teamId: teamA, personId: "刘洋" }), staff],
  ] as const)("refuses %s with %s and writes nothing", async (_label, code, variables, as) => {
    await refused(code, JOIN, variables(), as as As | undefined);
  });

  it("lets a volunteer leave; his sign-ups for the team's coming shifts go, others stay; he may rejoin", async () => {
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

    await refused("FORBIDDEN", SIGN_UP, { shiftId: comingA, volunteerId: volunteer }, asPerson(130));
    const rejoined = await ok(subgraph, JOIN, { teamId: teamA, personId: demoPersonId(130) }, asPerson(130));
    expect(rejoined.joinTeam.id).toBe(volunteer);
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", () => ({ teamId: teamA, volunteerId: v1 }), undefined],
    ["another volunteer", "FORBIDDEN", () => ({ teamId: teamA, volunteerId: v1 }), asPerson(103)],
    ["the leader himself", "CONFLICT", () => ({ teamId: teamA, volunteerId: leaderVolunteer }), leader],
    ["someone not in the team", "CONFLICT", () => ({ teamId: teamA, volunteerId: outsider }), asPerson(105)],
    ["an unknown volunteer", "NOT_FOUND", () => ({ teamId: teamA, volunteerId: UNKNOWN }), staff],
    ["an unknown team", "NOT_FOUND", () => ({ teamId: UNKNOWN, volunteerId: v1 }), staff],
  ] as const)("refuses leaving for %s with %s and writes nothing", async (_label, code, variables, as) => {
    await refused(code, LEAVE, variables(), as as As | undefined);
  });
});

let leaderVolunteer: string;
beforeAll(async () => {
  const [row] = await subgraph.db.query(`SELECT id FROM volunteer WHERE person_id = $1`, [demoPersonId(LEADER)]);
  leaderVolunteer = row.id;
});

describe("signUpForShift and cancelSignup", () => {
  it("lets a volunteer sign himself up, and staff sign him up", async () => {
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120);
    const own = await ok(subgraph, SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    expect(own.signUpForShift).toMatchObject({ id: shift, signupCount: 1, signups: [{ volunteer: { id: a.id } }] });
    const byStaff = await ok(subgraph, SIGN_UP, { shiftId: shift, volunteerId: b.id }, staff);
    expect(byStaff.signUpForShift.signupCount).toBe(2);
  });

  it("refuses each broken rule with its code and writes nothing", async () => {
    const [a, b, c] = [take(), take(), take()];
    const shift = await createShift(subgraph, teamA, 24 * 60, 120, 2);
    await signUp(subgraph, shift, a.id);
    // Anonymous, or signing up someone else (even as his leader).
    await refused("UNAUTHENTICATED", SIGN_UP, { shiftId: shift, volunteerId: b.id });
    await refused("FORBIDDEN", SIGN_UP, { shiftId: shift, volunteerId: b.id }, asPerson(a.person));
    await refused("FORBIDDEN", SIGN_UP, { shiftId: shift, volunteerId: b.id }, leader);
    // Not in the team.
    await refused("FORBIDDEN", SIGN_UP, { shiftId: shift, volunteerId: outsider }, asPerson(105));
    // Already signed up.
    await refused("CONFLICT", SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    // Full.
    await signUp(subgraph, shift, b.id);
    await refused("CONFLICT", SIGN_UP, { shiftId: shift, volunteerId: c.id }, asPerson(c.person));
    // Unknown shift or volunteer.
    await refused("NOT_FOUND", SIGN_UP, { shiftId: UNKNOWN, volunteerId: c.id }, staff);
    await refused("NOT_FOUND", SIGN_UP, { shiftId: shift, volunteerId: UNKNOWN }, staff);
    await refused("NOT_FOUND", SIGN_UP, { shiftId: "not-an-id", volunteerId: c.id }, staff);
  });

  it("refuses an overlapping shift of the same volunteer, even in another team, with CONFLICT", async () => {
    const first = await createShift(subgraph, teamA, 5 * 24 * 60, 120);
    const overlappingOtherTeam = await createShift(subgraph, teamB, 5 * 24 * 60 + 60, 120);
    const backToBack = await createShift(subgraph, teamB, 5 * 24 * 60 + 120, 60);
    await signUp(subgraph, first, v3);
    await refused("CONFLICT", SIGN_UP, { shiftId: overlappingOtherTeam, volunteerId: v3 }, asPerson(104));
    await ok(subgraph, SIGN_UP, { shiftId: backToBack, volunteerId: v3 }, asPerson(104));
  });

  it("refuses signing up for a shift that is over with CONFLICT", async () => {
    const a = take();
    const shift = await createShift(subgraph, teamA, -180, 120);
    await refused("CONFLICT", SIGN_UP, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
  });

  it("the database itself refuses overlaps and duplicates", async () => {
    const a = take();
    const shift = await createShift(subgraph, teamA, 9 * 24 * 60, 120);
    const overlapping = await createShift(subgraph, teamA, 9 * 24 * 60 + 30, 120);
    await signUp(subgraph, shift, a.id);
    const [row] = await subgraph.db.query(`SELECT * FROM shift_signup WHERE shift_id = $1`, [shift]);
    const insert = `INSERT INTO shift_signup (shift_id, volunteer_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`;
    await expect(subgraph.db.query(insert, [shift, a.id, row.starts_at, row.ends_at])).rejects.toThrow();
    await expect(subgraph.db.query(insert, [overlapping, a.id, row.starts_at, row.ends_at])).rejects.toThrow();
  });

  it("lets a volunteer cancel until 3 hours before the start, and staff cancel for him", async () => {
    const [a, b] = [take(), take()];
    const shift = await createShift(subgraph, teamA, 3 * 60 + 5, 60);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    const own = await ok(subgraph, CANCEL, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    expect(own.cancelSignup.signupCount).toBe(1);
    await ok(subgraph, CANCEL, { shiftId: shift, volunteerId: b.id }, staff);
    const history = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM history WHERE subject_id = $1 AND action = 'SIGNUP_CANCELLED'`,
      [shift],
    );
    expect(history[0].n).toBe(2);
  });

  it("refuses cancelling late, for someone else, or without a sign-up", async () => {
    const [a, b] = [take(), take()];
    const soon = await createShift(subgraph, teamA, 3 * 60 - 5, 60);
    await signUp(subgraph, soon, a.id);
    await refused("CONFLICT", CANCEL, { shiftId: soon, volunteerId: a.id }, asPerson(a.person));
    await refused("CONFLICT", CANCEL, { shiftId: soon, volunteerId: a.id }, staff);
    const later = await createShift(subgraph, teamA, 2 * 24 * 60 + 600, 60);
    await signUp(subgraph, later, a.id);
    await refused("UNAUTHENTICATED", CANCEL, { shiftId: later, volunteerId: a.id });
    await refused("FORBIDDEN", CANCEL, { shiftId: later, volunteerId: a.id }, asPerson(b.person));
    await refused("NOT_FOUND", CANCEL, { shiftId: later, volunteerId: b.id }, asPerson(b.person));
    await refused("NOT_FOUND", CANCEL, { shiftId: UNKNOWN, volunteerId: a.id }, asPerson(a.person));
  });
});

describe("checkIn and checkOut", () => {
  it("lets the leader check a volunteer in and out from 30 minutes before the start", async () => {
    const a = take();
    const shift = await createShift(subgraph, teamA, 25, 120);
    await signUp(subgraph, shift, a.id);
    const checkedIn = await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);
    expect(checkedIn.checkIn).toMatchObject({ volunteer: { id: a.id }, checkedOutAt: null, minutes: 0 });
    expect(checkedIn.checkIn.checkedInAt).not.toBeNull();
    const checkedOut = await ok(subgraph, CHECK_OUT, { shiftId: shift, volunteerId: a.id }, leader);
    expect(checkedOut.checkOut.checkedOutAt).not.toBeNull();
    expect(checkedOut.checkOut.minutes).toBe(0);
    const actions = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at, action`, [shift]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(["CREATED", "SIGNED_UP", "CHECKED_IN", "CHECKED_OUT"]);
  });

  it("lets staff check in for any team", async () => {
    const shift = await createShift(subgraph, teamB, -30, 120);
    await subgraph.db.query(
      `INSERT INTO shift_signup (shift_id, volunteer_id, starts_at, ends_at) SELECT id, $2, starts_at, ends_at FROM shift WHERE id = $1`,
      [shift, outsider],
    );
    await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: outsider }, staff);
  });

  it("refuses each broken rule with its code and writes nothing", async () => {
    const [a, b, c] = [take(), take(), take()];
    const shift = await createShift(subgraph, teamA, 20, 60);
    await signUp(subgraph, shift, a.id);
    await signUp(subgraph, shift, b.id);
    await refused("UNAUTHENTICATED", CHECK_IN, { shiftId: shift, volunteerId: a.id });
    await refused("FORBIDDEN", CHECK_IN, { shiftId: shift, volunteerId: a.id }, asPerson(a.person));
    await refused("FORBIDDEN", CHECK_IN, { shiftId: shift, volunteerId: a.id }, asPerson(110));
    await refused("NOT_FOUND", CHECK_IN, { shiftId: shift, volunteerId: c.id }, leader);
    await refused("NOT_FOUND", CHECK_IN, { shiftId: UNKNOWN, volunteerId: a.id }, leader);
    // Check-out before check-in.
    await refused("CONFLICT", CHECK_OUT, { shiftId: shift, volunteerId: a.id }, leader);
    await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);
    // Twice.
    await refused("CONFLICT", CHECK_IN, { shiftId: shift, volunteerId: a.id }, leader);
    await ok(subgraph, CHECK_OUT, { shiftId: shift, volunteerId: a.id }, leader);
    await refused("CONFLICT", CHECK_OUT, { shiftId: shift, volunteerId: a.id }, leader);
  });

  it("refuses check-in more than 30 minutes before the start and after the end with CONFLICT", async () => {
    const [a, b, c] = [take(), take(), take()];
    const early = await createShift(subgraph, teamA, 35, 60);
    await signUp(subgraph, early, a.id);
    await refused("CONFLICT", CHECK_IN, { shiftId: early, volunteerId: a.id }, leader);

    const ended = await createShift(subgraph, teamA, 2 * 24 * 60 + 300, 60);
    await signUp(subgraph, ended, b.id);
    await signUp(subgraph, ended, c.id);
    await moveShift(subgraph, ended, -(2 * 24 * 60 + 300) + 25);
    await ok(subgraph, CHECK_IN, { shiftId: ended, volunteerId: c.id }, leader);
    await moveShift(subgraph, ended, -120);
    await refused("CONFLICT", CHECK_IN, { shiftId: ended, volunteerId: b.id }, leader);
    await refused("CONFLICT", CHECK_OUT, { shiftId: ended, volunteerId: c.id }, leader);
  });
});
