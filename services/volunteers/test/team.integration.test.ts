import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit";
import { errorCode, startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { TEAM_CATALOGUE } from "../src/seed/catalogue.js";
import { demoShiftId, demoTeamId, demoVolunteerId } from "@dongting/subgraph-kit";
import { rowCounts } from "./support/counts.js";

const CREATE_TEAM = /* GraphQL */ `
  mutation Create($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      kind
      partnerUnit
      leader {
        id
      }
      memberCount
      members {
        person {
          id
        }
      }
    }
  }
`;
const staff = { roles: ["COMMUNITY_STAFF" as const], personId: demoPersonId(2) };
const PATROL_ID = demoTeamId(1);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("volunteer teams: reading the seeded community", () => {
  it("lists all teams by name, and by kind", async () => {
    const all = await subgraph.request(`{ volunteerTeams { id name } }`);
    expect(all.data!.volunteerTeams).toHaveLength(TEAM_CATALOGUE.length);
    expect(TEAM_CATALOGUE.length).toBeGreaterThanOrEqual(30);
    const names = all.data!.volunteerTeams.map((team: { name: string }) => team.name);
    expect(names).toEqual([...names].sort());

    const youth = await subgraph.request(`{ volunteerTeams(kind: YOUTH) { name kind partnerUnit } }`);
    expect(youth.data!.volunteerTeams.every((team: { kind: string }) => team.kind === "YOUTH")).toBe(true);
    expect(youth.data!.volunteerTeams).toContainEqual({ name: "湖工大青年志愿服务队", kind: "YOUTH", partnerUnit: "湖北工业大学" });
  });

  it("shows the Qibao patrol with 512 members led by 赵强", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { volunteerTeam(id: $id) { name kind leader { id } memberCount members { id person { id } } } }`,
      { id: PATROL_ID },
    );
    const team = answer.data!.volunteerTeam;
    expect(team).toMatchObject({ name: "七宝巡逻队", kind: "PATROL", leader: { id: demoPersonId(6) }, memberCount: 512 });
    expect(team.members).toHaveLength(512);
    expect(team.members[0].person.id).toBe(demoPersonId(6));
    expect(new Set(team.members.map((member: { id: string }) => member.id)).size).toBe(512);
  });

  it("answers null for an unknown or malformed team id", async () => {
    const answer = await subgraph.request(
      `{ a: volunteerTeam(id: "5f0c7a52-0000-4000-8000-000000000000") { id } b: volunteerTeam(id: "nope") { id } }`,
    );
    expect(answer.data).toEqual({ a: null, b: null });
  });

  it("reads a volunteer with his person, teams and skills", async () => {
    const answer = await subgraph.request(
      `query($id: ID!) { volunteer(id: $id) { id person { id } teams { name } skills serviceMinutes } }`,
      { id: demoVolunteerId(5) },
    );
    const volunteer = answer.data!.volunteer;
    expect(volunteer.person).toEqual({ id: demoPersonId(5) });
    expect(volunteer.teams.map((team: { name: string }) => team.name)).toEqual(
      expect.arrayContaining(["七宝巡逻队", "湖工大青年志愿服务队", "红色邻里治理队"]),
    );
    expect(Array.isArray(volunteer.skills)).toBe(true);
    expect(volunteer.serviceMinutes).toBeGreaterThanOrEqual(0);
  });

  it("contributes Person.volunteer: the record for a volunteer, null for anyone else", async () => {
    const stranger = "5f0c7a52-0000-4000-8000-00000000abcd";
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id volunteer { id } } } }`,
      {
        reps: [
          { __typename: "Person", id: demoPersonId(5) },
          { __typename: "Person", id: stranger },
        ],
      },
    );
    expect(answer.data!._entities).toEqual([
      { id: demoPersonId(5), volunteer: { id: demoVolunteerId(5) } },
      { id: stranger, volunteer: null },
    ]);
  });
});

describe("volunteer teams: statement budgets", () => {
  it("counts the members of all teams in one statement", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(`{ volunteerTeams { memberCount } }`);
    expect(answer.data!.volunteerTeams).toHaveLength(TEAM_CATALOGUE.length);
    expect(subgraph.sql.count(/FROM "team_membership"/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });

  it("lists the members of all teams, with their teams, in one statement each", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(`{ volunteerTeams { members { id person { id } teams { id } } } }`);
    expect(answer.errors).toBeUndefined();
    expect(subgraph.sql.count(/JOIN "volunteer" v/i)).toBe(1);
    expect(subgraph.sql.count(/JOIN "volunteer_team" t/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(3);
  });

  it("resolves 100 Person references with their volunteer in one statement", async () => {
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: "Person", id: demoPersonId(i + 1) }));
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { volunteer { id skills } } } }`,
      { reps },
    );
    expect(answer.data!._entities).toHaveLength(100);
    expect(subgraph.sql.count(/FROM "volunteer"/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(1);
  });

  it("resolves 100 Shift references (ResidentRequest.patrolShift) with their team in one statement per type", async () => {
    const reps = Array.from({ length: 100 }, (_, i) => ({ __typename: "Shift", id: demoShiftId(i + 1) }));
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Shift { id title startsAt team { name kind } } } }`,
      { reps },
    );
    expect(answer.data!._entities.filter(Boolean)).toHaveLength(100);
    expect(answer.data!._entities[0].team).toEqual({ name: "七宝巡逻队", kind: "PATROL" });
    expect(subgraph.sql.count(/FROM "shift"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "volunteer_team"/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });

  it("resolves team and volunteer references in one statement per type", async () => {
    const reps = [
      ...TEAM_CATALOGUE.map((_, i) => ({ __typename: "VolunteerTeam", id: demoTeamId(i + 1) })),
      ...Array.from({ length: 50 }, (_, i) => ({ __typename: "Volunteer", id: demoVolunteerId(i + 5) })),
    ];
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on VolunteerTeam { name } ... on Volunteer { person { id } } } }`,
      { reps },
    );
    expect(answer.data!._entities.filter(Boolean)).toHaveLength(reps.length);
    expect(subgraph.sql.count(/FROM "volunteer_team"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "volunteer"(?!_)/i)).toBe(1);
    expect(subgraph.sql.count()).toBe(2);
  });
});

describe("the seeded community", () => {
  it("has the Qibao patrol's history growing from 49 founders to 512 members this month", async () => {
    const answer = await subgraph.request(`query($id: ID!) { volunteerTeam(id: $id) { memberHistory { month members joined left } } }`, {
      id: PATROL_ID,
    });
    const history = answer.data!.volunteerTeam.memberHistory;
    expect(history[0]).toMatchObject({ month: "2021-03", members: 49, joined: 49 });
    expect(history.at(-1).members).toBe(512);
    expect(history.some((month: { left: number }) => month.left > 0)).toBe(true);
    expect(history.reduce((sum: number, month: { joined: number }) => sum + month.joined, 0)).toBe(512 + 24);
  });

  it("has shifts over recent and coming weeks, never over capacity, signed up only by members", async () => {
    const [counts] = await subgraph.db.query(
      `SELECT count(*) FILTER (WHERE ends_at < now())::int AS past, count(*) FILTER (WHERE starts_at > now())::int AS coming FROM shift`,
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
       FROM shift_signup WHERE ends_at < now()`,
    );
    expect(attendance.attended).toBeGreaterThan(attendance.missed * 3);
    expect(attendance.missed).toBeGreaterThan(0);
  });

  it("gives 刘洋 (the VOLUNTEER persona) service time and leaves him free for the coming patrols", async () => {
    const answer = await subgraph.request(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) { volunteer(id: $id) { serviceMinutes shiftSignups(from: $from, to: $to) { shift { id } } } }`,
      { id: demoVolunteerId(5), from: new Date().toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    );
    expect(answer.data!.volunteer.serviceMinutes).toBeGreaterThan(0);
    expect(answer.data!.volunteer.shiftSignups).toEqual([]);
  });

  it("does nothing when seeded again", async () => {
    const before = await rowCounts(subgraph);
    await definition.seed!(subgraph.db);
    expect(await rowCounts(subgraph)).toEqual(before);
  });
});

describe("the team page: a statement budget independent of the team's size", () => {
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
          teams {
            id
            name
          }
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
        serviceTime(from: $from, to: $to) {
          minutes
          attended
          noShows
        }
      }
    }
  `;
  const week = { from: new Date(Date.now() - 7 * 86_400_000).toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString() };

  async function statementsFor(teamId: string): Promise<{ statements: number; members: number }> {
    subgraph.sql.reset();
    const answer = await subgraph.request(TEAM_PAGE, { id: teamId, ...week });
    expect(answer.errors).toBeUndefined();
    return { statements: subgraph.sql.count(), members: answer.data!.volunteerTeam.members.length };
  }

  it("lists the patrol's 512 members with everything the page shows in a constant number of statements", async () => {
    const patrol = await statementsFor(PATROL_ID);
    const small = await statementsFor(demoTeamId(TEAM_CATALOGUE.findIndex((team) => team.name === "心理疏导志愿队") + 1));
    expect(patrol.members).toBe(512);
    expect(small.members).toBeLessThan(20);
    expect(patrol.statements).toBe(small.statements);
    // team, member count, members, their totals, their teams, history, shifts, sign-ups, sign-up volunteers, service time
    expect(patrol.statements).toBe(10);
  });
});

describe("createTeam", () => {
  it("lets staff create a team with a trimmed name; the leader becomes its first member", async () => {
    const leader = demoPersonId(590);
    const answer = await subgraph.request(
      CREATE_TEAM,
      { input: { name: "  东亭夜跑志愿队 ", kind: "OTHER", partnerUnit: " 武汉体育学院 ", leaderId: leader } },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createTeam).toMatchObject({
      name: "东亭夜跑志愿队",
      kind: "OTHER",
      partnerUnit: "武汉体育学院",
      leader: { id: leader },
      memberCount: 1,
      members: [{ person: { id: leader } }],
    });
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1 ORDER BY action`, [
      answer.data!.createTeam.id,
    ]);
    expect(history).toEqual([
      { action: "CREATED", actor_id: staff.personId },
      { action: "MEMBER_JOINED", actor_id: staff.personId },
    ]);
  });

  it("accepts a 60-character name and a 100-character partner unit, a blank partner unit as none", async () => {
    const answer = await subgraph.request(
      CREATE_TEAM,
      { input: { name: "队".repeat(60), kind: "CULTURE", partnerUnit: "单".repeat(100) } },
      { roles: ["ADMIN"] },
    );
    expect(answer.data!.createTeam).toMatchObject({ memberCount: 0, leader: null, partnerUnit: "单".repeat(100) });
    const blank = await subgraph.request(CREATE_TEAM, { input: { name: "空白单位队", kind: "CULTURE", partnerUnit: "  " } }, staff);
    expect(blank.data!.createTeam.partnerUnit).toBeNull();
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", { name: "新队", kind: "OTHER" }, undefined],
    ["a resident", "FORBIDDEN", { name: "新队", kind: "OTHER" }, { roles: ["RESIDENT"], personId: demoPersonId(4) }],
    ["a volunteer", "FORBIDDEN", { name: "新队", kind: "OTHER" }, { roles: ["VOLUNTEER"], personId: demoPersonId(5) }],
    ["the party committee", "FORBIDDEN", { name: "新队", kind: "OTHER" }, { roles: ["PARTY_COMMITTEE"], personId: demoPersonId(1) }],
    ["a blank name", "BAD_USER_INPUT", { name: "   ", kind: "OTHER" }, staff],
    ["a name over 60 characters", "BAD_USER_INPUT", { name: "队".repeat(61), kind: "OTHER" }, staff],
    ["a partner unit over 100 characters", "BAD_USER_INPUT", { name: "新队", kind: "YOUTH", partnerUnit: "大".repeat(101) }, staff],
    ["an unknown kind", "BAD_USER_INPUT", { name: "新队", kind: "CHOIR" }, staff],
    ["a leader id that is not an id", "BAD_USER_INPUT", { name: "新队", kind: "OTHER", leaderId: "赵强" }, staff],
  ] as const)("refuses %s with %s and writes nothing", async (_label, code, input, as) => {
    const before = await rowCounts(subgraph);
    const answer = await subgraph.request(CREATE_TEAM, { input }, as as never);
    expect(errorCode(answer)).toBe(code);
    expect(answer.data?.createTeam ?? null).toBeNull();
    expect(await rowCounts(subgraph)).toEqual(before);
  });
});
