import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, TEST_NOW, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { localMonth } from "@dongting/domain/local-time";
import { startVolunteers } from "./support/start.js";
import { serviceMinutes } from "../src/domain/service-time.js";
import { asPerson, createTeam, join, ok, span, staff } from "./support/fixtures.js";

/** Local Dongting time (+08:00) in March-April 2025, long over. */
const t = (local: string) => `2025-${local}:00+08:00`;

let subgraph: TestSubgraph;
let teamT: string;
let teamU: string;
const v: Record<"a" | "b" | "c" | "d", string> = { a: "", b: "", c: "", d: "" };
const shifts: Record<"s1" | "s2" | "s3" | "s4", string> = { s1: "", s2: "", s3: "", s4: "" };

async function insertShift(teamId: string, startsAt: string, endsAt: string): Promise<string> {
  const [row] = await subgraph.db.query(
    `INSERT INTO shift (team_id, community_id, title, starts_at, ends_at, capacity)
     SELECT id, community_id, '夜间巡逻', $2, $3, 10 FROM volunteer_team WHERE id = $1 RETURNING id`,
    [teamId, startsAt, endsAt],
  );
  return row.id;
}

async function insertSignup(shiftId: string, volunteerId: string, checkedIn: string | null, checkedOut: string | null) {
  await subgraph.db.query(
    `INSERT INTO shift_signup (shift_id, volunteer_id, starts_at, ends_at, checked_in_at, checked_out_at)
     SELECT id, $2, starts_at, ends_at, $3, $4 FROM shift WHERE id = $1`,
    [shiftId, volunteerId, checkedIn, checkedOut],
  );
}

async function setMembership(teamId: string, volunteerId: string, joinedAt: string, leftAt: string | null = null) {
  await subgraph.db.query(`UPDATE team_membership SET joined_at = $3, left_at = $4 WHERE team_id = $1 AND volunteer_id = $2`, [
    teamId,
    volunteerId,
    joinedAt,
    leftAt,
  ]);
}

beforeAll(async () => {
  subgraph = await startVolunteers();
  teamT = await createTeam(subgraph, "七宝巡逻队", 401);
  teamU = await createTeam(subgraph, "银龄关爱队", 410);
  v.a = await join(subgraph, teamT, 402);
  v.b = await join(subgraph, teamT, 403);
  v.c = await join(subgraph, teamT, 404);
  v.d = await join(subgraph, teamT, 405);
  await join(subgraph, teamU, 402);
  await join(subgraph, teamU, 405);
  const [leader] = await subgraph.db.query(`SELECT id FROM volunteer WHERE person_id = $1`, [demoPersonId(401)]);
  await subgraph.db.query(`UPDATE team_membership SET joined_at = $2 WHERE volunteer_id = $1 AND team_id = $3`, [
    leader.id,
    t("01-01T09:00"),
    teamT,
  ]);
  await setMembership(teamT, v.a, t("01-15T10:00"));
  await setMembership(teamT, v.b, "2025-01-31T17:00:00Z"); // 1 February 01:00 in Wuhan
  await setMembership(teamT, v.c, t("02-20T10:00"));
  await setMembership(teamT, v.d, t("02-05T10:00"), t("03-10T10:00"));

  shifts.s1 = await insertShift(teamT, t("03-03T19:00"), t("03-03T21:00"));
  await insertSignup(shifts.s1, v.a, t("03-03T18:40"), t("03-03T21:20")); // capped: 120
  await insertSignup(shifts.s1, v.b, t("03-03T19:10"), t("03-03T20:05")); // 55
  await insertSignup(shifts.s1, v.c, null, null); // no-show
  shifts.s2 = await insertShift(teamT, t("03-10T19:00"), t("03-10T21:00"));
  await insertSignup(shifts.s2, v.a, t("03-10T19:00"), null); // never checked out: 0
  await insertSignup(shifts.s2, v.b, t("03-10T19:00"), "2025-03-10T19:00:59+08:00"); // under a minute: 0
  shifts.s3 = await insertShift(teamU, t("04-02T09:00"), t("04-02T12:00"));
  await insertSignup(shifts.s3, v.a, t("04-02T09:00"), t("04-02T12:00")); // 180
  await insertSignup(shifts.s3, v.d, t("04-02T09:30"), t("04-02T11:00")); // 90
  const coming = span(subgraph, 2 * 24 * 60, 120);
  shifts.s4 = await insertShift(teamT, coming.startsAt, coming.endsAt);
  await insertSignup(shifts.s4, v.c, null, null); // not over: not a no-show
});
afterAll(async () => {
  await subgraph?.stop();
});

/** Team T's leader (sign-ups and records of its shifts), and volunteer a (person 402) reading his own record. */
const leaderT = asPerson(401);
const personA = asPerson(402);

const MARCH = { from: t("03-01T00:00"), to: t("04-01T00:00") };
const SPRING = { from: t("03-01T00:00"), to: t("05-01T00:00") };

describe("service time in SQL", () => {
  it("gives each sign-up its minutes, capped at the shift's length, and marks no-shows", async () => {
    const data = await ok(
      subgraph,
      `query($id: ID!) { shift(id: $id) { signups { volunteer { id } minutes noShow checkedInAt checkedOutAt } } }`,
      { id: shifts.s1 },
      leaderT,
    );
    const byVolunteer = (rows: unknown[][]) => [...rows].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    const got = data.shift.signups.map((s: { volunteer: { id: string }; minutes: number; noShow: boolean }) => [
      s.volunteer.id,
      s.minutes,
      s.noShow,
    ]);
    expect(byVolunteer(got)).toEqual(
      byVolunteer([
        [v.a, 120, false],
        [v.b, 55, false],
        [v.c, 0, true],
      ]),
    );
  });

  it("computes the same minutes in SQL as the domain rule", async () => {
    const rows = await ok(
      subgraph,
      `query($s1: ID!, $s2: ID!, $s3: ID!) { a: shift(id: $s1) { ...S } b: shift(id: $s2) { ...S } c: shift(id: $s3) { ...S } }
       fragment S on Shift { startsAt endsAt signups { minutes checkedInAt checkedOutAt } }`,
      shifts,
      staff,
    );
    for (const shift of [rows.a, rows.b, rows.c]) {
      const span = { startsAt: new Date(shift.startsAt), endsAt: new Date(shift.endsAt) };
      for (const signup of shift.signups) {
        const inAt = signup.checkedInAt ? new Date(signup.checkedInAt) : null;
        const outAt = signup.checkedOutAt ? new Date(signup.checkedOutAt) : null;
        expect(signup.minutes).toBe(serviceMinutes(span, inAt, outAt));
      }
    }
  });

  it("sums serviceMinutes and counts no-shows per volunteer", async () => {
    const data = await ok(
      subgraph,
      `query($ids: [_Any!]!) { volunteers: _entities(representations: $ids) { ... on Volunteer { id serviceMinutes noShows } } }`,
      { ids: [v.a, v.b, v.c, v.d].map((id) => ({ __typename: "Volunteer", id })) },
      staff,
    );
    expect(data.volunteers).toEqual([
      { id: v.a, serviceMinutes: 300, noShows: 0 },
      { id: v.b, serviceMinutes: 55, noShows: 0 },
      { id: v.c, serviceMinutes: 0, noShows: 1 },
      { id: v.d, serviceMinutes: 90, noShows: 0 },
    ]);
  });

  it("summarises a team and a volunteer over a window", async () => {
    const data = await ok(
      subgraph,
      `query($t: ID!, $u: ID!, $a: ID!, $from: DateTime!, $to: DateTime!) {
        t: volunteerTeam(id: $t) { serviceTime(from: $from, to: $to) { minutes signups attended noShows volunteers } }
        u: volunteerTeam(id: $u) { serviceTime(from: $from, to: $to) { minutes signups attended noShows volunteers } }
        a: volunteer(id: $a) { serviceTime(from: $from, to: $to) { minutes signups attended noShows volunteers from to } }
      }`,
      { t: teamT, u: teamU, a: v.a, ...MARCH },
      staff,
    );
    expect(data.t.serviceTime).toEqual({ minutes: 175, signups: 5, attended: 4, noShows: 1, volunteers: 2 });
    expect(data.u.serviceTime).toEqual({ minutes: 0, signups: 0, attended: 0, noShows: 0, volunteers: 0 });
    expect(data.a.serviceTime).toMatchObject({ minutes: 120, signups: 2, attended: 2, noShows: 0, volunteers: 1 });
    expect(new Date(data.a.serviceTime.from).toISOString()).toBe(new Date(MARCH.from).toISOString());
  });

  it("ranks teams and volunteers by minutes in one statement each", async () => {
    subgraph.sql.reset();
    const data = await ok(
      subgraph,
      `query($from: DateTime!, $to: DateTime!, $t: ID!) {
        teams: teamServiceRanking(from: $from, to: $to) { rank team { id name } summary { minutes noShows } }
        volunteers: volunteerServiceRanking(from: $from, to: $to) { rank volunteer { id person { id } } summary { minutes attended noShows } }
        inT: volunteerServiceRanking(from: $from, to: $to, teamId: $t, first: 2) { rank volunteer { id } summary { minutes } }
      }`,
      { ...SPRING, t: teamT },
      staff,
    );
    expect(subgraph.sql.count()).toBe(3);
    expect(data.teams.map((row: any) => [row.rank, row.team.id, row.summary.minutes, row.summary.noShows])).toEqual([
      [1, teamU, 270, 0],
      [2, teamT, 175, 1],
    ]);
    expect(data.volunteers.map((row: any) => [row.rank, row.volunteer.id, row.summary.minutes])).toEqual([
      [1, v.a, 300],
      [2, v.d, 90],
      [3, v.b, 55],
      [4, v.c, 0],
    ]);
    expect(data.inT.map((row: any) => [row.rank, row.volunteer.id, row.summary.minutes])).toEqual([
      [1, v.a, 120],
      [2, v.b, 55],
    ]);
  });

  it("refuses windows that are reversed or too long, and bad pages, with BAD_USER_INPUT and the reason", async () => {
    const cases = [
      [`{ teamServiceRanking(from: "${t("05-01T00:00")}", to: "${t("03-01T00:00")}") { rank } }`, "INVALID_TIME_WINDOW"],
      [`{ teamServiceRanking(from: "2024-01-01T00:00:00+08:00", to: "2025-01-02T00:00:00+08:00") { rank } }`, "TIME_WINDOW_TOO_LONG"],
      [`{ volunteerServiceRanking(from: "${SPRING.from}", to: "${SPRING.to}", first: 101) { rank } }`, "PAGE_SIZE_OUT_OF_RANGE"],
      [
        `{ volunteerTeam(id: "${teamT}") { shifts(from: "2025-01-01T00:00:00+08:00", to: "2025-04-04T00:00:00+08:00") { id } } }`,
        "TIME_WINDOW_TOO_LONG",
      ],
      [`{ volunteer(id: "${v.a}") { shiftSignups(from: "${SPRING.to}", to: "${SPRING.from}") { minutes } } }`, "INVALID_TIME_WINDOW"],
      [`{ volunteer(id: "${v.a}") { shiftHistory(first: 101) { totalCount } } }`, "PAGE_SIZE_OUT_OF_RANGE"],
      [`{ volunteer(id: "${v.a}") { shiftHistory(after: "bm90LWEtY3Vyc29y") { totalCount } } }`, "INVALID_CURSOR"],
    ];
    for (const [query, reason] of cases) expectRefused(await subgraph.request(query, {}, staff), "BAD_USER_INPUT", reason);
  });

  it("counts a no-show by the subgraph's clock, not the database's", async () => {
    const query = `query($ids: [_Any!]!) { v: _entities(representations: $ids) { ... on Volunteer { noShows shiftHistory(first: 1) { edges { node { noShow } } } } } }`;
    const variables = { ids: [{ __typename: "Volunteer", id: v.c }] };
    const himself = asPerson(404);
    expect((await ok(subgraph, query, variables, himself)).v).toEqual([
      { noShows: 1, shiftHistory: { edges: [{ node: { noShow: false } }] } },
    ]);
    subgraph.clock.advanceMinutes(2 * 24 * 60 + 120);
    try {
      expect((await ok(subgraph, query, variables, himself)).v).toEqual([
        { noShows: 2, shiftHistory: { edges: [{ node: { noShow: true } }] } },
      ]);
    } finally {
      subgraph.clock.set(TEST_NOW);
    }
  });
});

describe("shift lists and history", () => {
  it("lists a team's shifts overlapping a window, earliest first", async () => {
    const data = await ok(
      subgraph,
      `query($id: ID!) { volunteerTeam(id: $id) { shifts(from: "${t("03-03T20:00")}", to: "${t("03-10T19:00")}") { id } } }`,
      { id: teamT },
      personA,
    );
    expect(data.volunteerTeam.shifts).toEqual([{ id: shifts.s1 }]);
  });

  it("lists a volunteer's sign-ups in a window and pages his whole history newest first", async () => {
    const query = `query($id: ID!, $after: String) { volunteer(id: $id) {
      shiftSignups(from: "${MARCH.from}", to: "${MARCH.to}") { shift { id } }
      shiftHistory(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { shift { id title } minutes } } }
    } }`;
    const first = await ok(subgraph, query, { id: v.a }, personA);
    expect(first.volunteer.shiftSignups.map((s: any) => s.shift.id)).toEqual([shifts.s1, shifts.s2]);
    const page1 = first.volunteer.shiftHistory;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e: any) => [e.node.shift.id, e.node.minutes])).toEqual([
      [shifts.s3, 180],
      [shifts.s2, 0],
    ]);
    const second = await ok(subgraph, query, { id: v.a, after: page1.pageInfo.endCursor }, personA);
    const page2 = second.volunteer.shiftHistory;
    expect(page2).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(page2.edges.map((e: any) => e.node.shift.id)).toEqual([shifts.s1]);
  });

  it("loads the history of many volunteers in one statement", async () => {
    subgraph.sql.reset();
    const data = await ok(
      subgraph,
      `query($id: ID!) { volunteerTeam(id: $id) { members { shiftHistory(first: 5) { totalCount edges { node { minutes } } } } } }`,
      { id: teamT },
      staff,
    );
    expect(data.volunteerTeam.members.length).toBeGreaterThan(3);
    expect(subgraph.sql.count(/unnest/i)).toBe(1);
  });
});

describe("team member history", () => {
  it("counts members at each month's end in Wuhan time, with joins and departures", async () => {
    const data = await ok(
      subgraph,
      `query($id: ID!) { volunteerTeam(id: $id) { memberHistory(from: "${t("01-01T00:00")}", to: "${t("04-15T00:00")}") { month members joined left } } }`,
      { id: teamT },
      personA,
    );
    expect(data.volunteerTeam.memberHistory).toEqual([
      { month: "2025-01", members: 2, joined: 2, left: 0 },
      { month: "2025-02", members: 5, joined: 3, left: 0 },
      { month: "2025-03", members: 4, joined: 0, left: 1 },
      { month: "2025-04", members: 4, joined: 0, left: 0 },
    ]);
  });

  it("starts at the team's first member by default and runs to this month", async () => {
    const data = await ok(
      subgraph,
      `query($id: ID!) { volunteerTeam(id: $id) { memberHistory { month members } } }`,
      { id: teamT },
      personA,
    );
    const history = data.volunteerTeam.memberHistory;
    expect(history[0]).toEqual({ month: "2025-01", members: 2 });
    expect(history.at(-1).month).toBe(localMonth(subgraph.clock.now()));
    expect(history.at(-1).month).toBe("2026-06");
    expect(history.at(-1).members).toBe(4);
  });
});
