import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTeamId, demoVolunteerId } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, tableFingerprints, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { addMinutes, DAY_MINUTES } from "@dongting/domain/local-time";
import { definition } from "../src/definition.js";
import { TEAM_CATALOGUE } from "../src/seed/catalogue.js";
import { asPerson, staff } from "./support/fixtures.js";

const PATROL_ID = demoTeamId(1);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("the seeded community", () => {
  it("has the Qibao patrol's history growing from 49 founders to 512 members this month", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { volunteerTeam(id: $id) { memberHistory { month members joined left } } }`,
      { id: PATROL_ID },
      asPerson(4, ["RESIDENT"]),
    );
    const history = answer.data!.volunteerTeam.memberHistory;
    expect(history[0]).toMatchObject({ month: "2021-03", members: 49, joined: 49 });
    expect(history.at(-1).members).toBe(512);
    expect(history.some((month: { left: number }) => month.left > 0)).toBe(true);
    expect(history.reduce((sum: number, month: { joined: number }) => sum + month.joined, 0)).toBe(512 + 24);
  });

  it("has shifts over recent and coming weeks of its clock, never over capacity, signed up only by members", async () => {
    const [counts] = await subgraph.db.query(
      `SELECT count(*) FILTER (WHERE ends_at < $1)::int AS past, count(*) FILTER (WHERE starts_at > $1)::int AS coming FROM shift`,
      [subgraph.clock.now()],
    );
    expect(counts.past).toBeGreaterThan(100);
    expect(counts.coming).toBeGreaterThan(50);
    const overfull = await subgraph.db.query(
      `SELECT sh.id FROM shift sh JOIN shift_signup s ON s.shift_id = sh.id GROUP BY sh.id HAVING count(*) > max(sh.capacity)`,
    );
    expect(overfull).toEqual([]);
    const strangers = await subgraph.db.query(
      `SELECT s.id FROM shift_signup s JOIN shift sh ON sh.id = s.shift_id
       WHERE NOT EXISTS (SELECT 1 FROM team_membership m WHERE m.team_id = sh.team_id AND m.volunteer_id = s.volunteer_id
                         AND m.joined_at <= sh.starts_at AND (m.left_at IS NULL OR m.left_at > sh.starts_at))`,
    );
    expect(strangers).toEqual([]);
    const [attendance] = await subgraph.db.query(
      `SELECT count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS attended, count(*) FILTER (WHERE checked_in_at IS NULL)::int AS missed
       FROM shift_signup WHERE ends_at < $1`,
      [subgraph.clock.now()],
    );
    expect(attendance.attended).toBeGreaterThan(attendance.missed * 3);
    expect(attendance.missed).toBeGreaterThan(0);
  });

  it("gives 刘洋 (the VOLUNTEER persona) service time and leaves him free for the running and coming patrols", async () => {
    const now = subgraph.clock.now();
    const answer = await subgraph.request(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteer(id: $id) { serviceMinutes shiftSignups(from: $from, to: $to) { shift { id } } } }`,
      { id: demoVolunteerId(5), from: now.toISOString(), to: addMinutes(now, 30 * DAY_MINUTES).toISOString() },
      asPerson(5),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.volunteer.serviceMinutes).toBeGreaterThan(0);
    expect(answer.data!.volunteer.shiftSignups).toEqual([]);
    const [unfinished] = await subgraph.db.query(`SELECT count(*)::int AS n FROM shift_signup WHERE volunteer_id = $1 AND ends_at > $2`, [
      demoVolunteerId(5),
      now,
    ]);
    expect(unfinished.n).toBe(0);
  });

  it("does nothing when seeded again", async () => {
    const before = await tableFingerprints(subgraph.db);
    await definition.seed!(subgraph.db, subgraph.clock);
    expect(await tableFingerprints(subgraph.db)).toEqual(before);
  });
});

describe("the team's pages: statement budgets independent of the team's size", () => {
  /** What the team page reads (the volunteers frontend's VolunteerTeamDetail), as staff. */
  const TEAM_PAGE = /* GraphQL */ `
    query TeamPage($id: ID!, $from: DateTime!, $to: DateTime!) {
      volunteerTeam(id: $id) {
        id
        name
        kind
        partnerUnit
        leader {
          id
        }
        memberCount
        members {
          id
          person {
            id
          }
          skills
          serviceMinutes
          noShows
        }
        memberHistory {
          month
          members
          joined
          left
        }
        shifts(from: $from, to: $to) {
          id
          title
          startsAt
          endsAt
          capacity
          location
          signupCount
          team {
            id
            name
          }
        }
        serviceTime(from: $from, to: $to) {
          minutes
          attended
          noShows
        }
      }
    }
  `;
  /** What the check-in screen reads (VolunteerTeamDay): a day's shifts with every sign-up and its volunteer. */
  const CHECK_IN_DAY = /* GraphQL */ `
    query CheckInDay($id: ID!, $from: DateTime!, $to: DateTime!) {
      volunteerTeam(id: $id) {
        id
        shifts(from: $from, to: $to) {
          id
          signupCount
          signups {
            volunteer {
              id
              person {
                id
              }
            }
            checkedInAt
            checkedOutAt
            minutes
            noShow
          }
        }
      }
    }
  `;
  const SMALL_TEAM = demoTeamId(TEAM_CATALOGUE.findIndex((team) => team.name === "心理疏导志愿队") + 1);

  async function statementsFor(query: string, teamId: string, days: number): Promise<{ statements: number; data: any }> {
    const now = subgraph.clock.now();
    const window = { from: addMinutes(now, -days * DAY_MINUTES).toISOString(), to: addMinutes(now, days * DAY_MINUTES).toISOString() };
    subgraph.sql.reset();
    const answer = await subgraph.request(query, { id: teamId, ...window }, staff);
    expect(answer.errors).toBeUndefined();
    return { statements: subgraph.sql.count(), data: answer.data!.volunteerTeam };
  }

  it("lists the patrol's 512 members with everything the team page shows in a constant number of statements", async () => {
    const patrol = await statementsFor(TEAM_PAGE, PATROL_ID, 7);
    const small = await statementsFor(TEAM_PAGE, SMALL_TEAM, 7);
    expect(patrol.data.members).toHaveLength(512);
    expect(small.data.members.length).toBeLessThan(20);
    expect(patrol.data.shifts.length).toBeGreaterThan(small.data.shifts.length);
    expect(patrol.statements).toBe(small.statements);
    // team, member count, members, their totals, history, shifts, sign-up counts, service time
    expect(patrol.statements).toBe(8);
  });

  it("lists a day's sign-ups of the patrol with their volunteers in a constant number of statements", async () => {
    const now = subgraph.clock.now();
    // The smallest team with a sign-up in the window, so both answers list sign-ups.
    const [smallest] = await subgraph.db.query(
      `SELECT sh.team_id FROM shift sh JOIN shift_signup s ON s.shift_id = sh.id
       WHERE sh.team_id <> $1 AND sh.starts_at < $3 AND sh.ends_at > $2
       GROUP BY sh.team_id ORDER BY (SELECT count(*) FROM team_membership m WHERE m.team_id = sh.team_id AND m.left_at IS NULL), sh.team_id
       LIMIT 1`,
      [PATROL_ID, addMinutes(now, -DAY_MINUTES), addMinutes(now, DAY_MINUTES)],
    );
    const patrol = await statementsFor(CHECK_IN_DAY, PATROL_ID, 1);
    const small = await statementsFor(CHECK_IN_DAY, smallest.team_id, 1);
    const signups = (day: { shifts: Array<{ signups: unknown[] }> }) => day.shifts.flatMap((shift) => shift.signups).length;
    expect(signups(small.data)).toBeGreaterThan(0);
    expect(signups(patrol.data)).toBeGreaterThan(signups(small.data));
    expect(patrol.statements).toBe(small.statements);
    // team, shifts, sign-ups, their volunteers
    expect(patrol.statements).toBe(4);
  });
});
