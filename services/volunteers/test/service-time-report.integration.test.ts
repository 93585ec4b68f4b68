import { describe, expect, it } from "vitest";
import { asPerson, createShift, fromNow, ok, signUp, staff } from "./support/fixtures.js";
import { shuiguohuStaff } from "./support/scoped.js";
import { leader, useShiftWorld } from "./support/shift-world.js";

const REPORT = `query ($from: DateTime!, $to: DateTime!, $teamId: ID, $volunteerId: ID, $first: Int, $after: String) {
  serviceTimeReport(from: $from, to: $to, teamId: $teamId, volunteerId: $volunteerId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { volunteer { id } team { id name } summary { minutes signups noShows penaltyMinutes creditedMinutes } } }
  }
}`;
const CHECK_IN = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;
const CHECK_OUT = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkOut(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;

const world = useShiftWorld();
const rowsOf = (connection: { edges: Array<{ node: any }> }) => connection.edges.map((edge) => edge.node);

describe("serviceTimeReport", () => {
  it("lists service time per volunteer and team, the no-show deductions apart, in pages, only in the caller's communities", async () => {
    const { subgraph, take, teamA } = world;
    const [a, b] = [take(), take()];
    const from = fromNow(subgraph, 0);
    const served = await createShift(subgraph, teamA, 10, 120);
    await signUp(subgraph, served, a.id);
    await signUp(subgraph, served, b.id);
    await ok(subgraph, CHECK_IN, { shiftId: served, volunteerId: a.id }, leader);
    subgraph.clock.advanceMinutes(100);
    await ok(subgraph, CHECK_OUT, { shiftId: served, volunteerId: a.id }, leader);
    subgraph.clock.advanceMinutes(200);
    const period = { from, to: fromNow(subgraph, 0), teamId: teamA };

    const all = rowsOf((await ok(subgraph, REPORT, period, staff)).serviceTimeReport);
    const mine = all.filter((row: any) => [a.id, b.id].includes(row.volunteer.id));
    expect(mine).toHaveLength(2);
    expect(mine.find((row: any) => row.volunteer.id === a.id)).toMatchObject({
      team: { id: teamA, name: "七宝巡逻队" },
      summary: { minutes: 100, signups: 1, noShows: 0, penaltyMinutes: 0, creditedMinutes: 100 },
    });
    expect(mine.find((row: any) => row.volunteer.id === b.id).summary).toMatchObject({
      minutes: 0,
      noShows: 1,
      penaltyMinutes: 240,
      creditedMinutes: 0,
    });

    const one = rowsOf((await ok(subgraph, REPORT, { ...period, volunteerId: a.id }, staff)).serviceTimeReport);
    expect(one.map((row: any) => row.volunteer.id)).toEqual([a.id]);

    // Pages of one row follow each other without repeats, to the end.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(subgraph, REPORT, { ...period, first: 1, after }, staff)).serviceTimeReport;
      seen.push(...rowsOf(page).map((row: any) => `${row.volunteer.id}.${row.team.id}`));
      expect(page.totalCount).toBe(all.length);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((row: any) => `${row.volunteer.id}.${row.team.id}`));

    expect(rowsOf((await ok(subgraph, REPORT, period, shuiguohuStaff)).serviceTimeReport)).toEqual([]);
    const denied = await subgraph.request(REPORT, period, asPerson(a.person, ["RESIDENT"]));
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const badCursor = await subgraph.request(REPORT, { ...period, after: "nonsense" }, staff);
    expect(badCursor.errors?.[0].extensions?.reason).toBe("INVALID_CURSOR");
  });
});
