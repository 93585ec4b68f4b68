import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { errorCode, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startVolunteers } from "./support/start.js";
import { asPerson, createShift, createTeam, join, SIGN_UP, staff } from "./support/fixtures.js";

let subgraph: TestSubgraph;
let teamId: string;
const volunteers: Array<{ id: string; person: number }> = [];

beforeAll(async () => {
  subgraph = await startVolunteers();
  teamId = await createTeam(subgraph, "七宝巡逻队", 200);
  for (let person = 201; person <= 230; person++) volunteers.push({ id: await join(subgraph, teamId, person), person });
});
afterAll(async () => {
  await subgraph?.stop();
});

/** How many succeeded, and how many were refused with CONFLICT for each reason. */
function outcomes(answers: GraphQLAnswer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const answer of answers) {
    const key = answer.errors ? `${errorCode(answer)} ${answer.errors[0].extensions?.reason}` : "ok";
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe(`concurrent writers (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("30 concurrent sign-ups for a shift of capacity 5 give exactly 5 sign-ups and 25 CONFLICT", async () => {
    const shiftId = await createShift(subgraph, teamId, 24 * 60, 120, 5);
    const answers = await Promise.all(
      volunteers.map((volunteer) => subgraph.request(SIGN_UP, { shiftId, volunteerId: volunteer.id }, asPerson(volunteer.person))),
    );
    expect(outcomes(answers)).toEqual({ ok: 5, "CONFLICT SHIFT_FULL": 25 });
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM shift_signup WHERE shift_id = $1`, [shiftId]);
    expect(row.n).toBe(5);
    const [history] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history WHERE subject_id = $1 AND action = 'SIGNED_UP'`, [
      shiftId,
    ]);
    expect(history.n).toBe(5);
  });

  it("one volunteer signing up for 10 overlapping shifts at once gets exactly one", async () => {
    const shiftIds = [];
    for (let i = 0; i < 10; i++) shiftIds.push(await createShift(subgraph, teamId, 3 * 24 * 60 + i * 10, 120, 50));
    const volunteer = volunteers[0];
    const answers = await Promise.all(
      shiftIds.map((shiftId) => subgraph.request(SIGN_UP, { shiftId, volunteerId: volunteer.id }, asPerson(volunteer.person))),
    );
    expect(outcomes(answers)).toEqual({ ok: 1, "CONFLICT SHIFT_OVERLAP": 9 });
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM shift_signup WHERE shift_id = ANY($1::uuid[])`, [shiftIds]);
    expect(row.n).toBe(1);
  });

  it("a person joining a team 10 times at once joins once", async () => {
    const join = `mutation($teamId: ID!, $personId: ID!) { joinTeam(teamId: $teamId, personId: $personId) { id } }`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => subgraph.request(join, { teamId, personId: demoPersonId(300) }, staff)),
    );
    expect(outcomes(answers)).toEqual({ ok: 1, "CONFLICT ALREADY_MEMBER": 9 });
    const [row] = await subgraph.db.query(
      `SELECT count(*)::int AS n FROM team_membership m JOIN volunteer v ON v.id = m.volunteer_id WHERE v.person_id = $1`,
      [demoPersonId(300)],
    );
    expect(row.n).toBe(1);
  });
});
