import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { pullOverGraph } from "@dongting/subgraph-kit";
import { demoCommunityId, demoTeamId } from "@dongting/subgraph-kit/seed";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { pullTeamCommunities, TEAM_FEED, type PulledTeam } from "../src/copy/team-copy.js";
import { booked, expectBookingRefused, meeting, NOW } from "./support/booking.js";
import { startStation } from "./support/station.js";

/** A team volunteers made after the seed: unknown to the copy until a pull brings it. */
const NEW_TEAM = demoTeamId(150);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

/** A stand-in for the pull over the graph, answering `volunteerTeams` with `teams` and noting the query. */
function graphAnswering(teams: PulledTeam[]) {
  const asked: string[] = [];
  const pull = (async (query: string) => {
    asked.push(query);
    return { volunteerTeams: teams };
  }) as typeof pullOverGraph;
  return { pull, asked };
}

const copyOf = async (teamId: string) =>
  (await subgraph.db.query(`SELECT community_id FROM team_community WHERE team_id = $1`, [teamId]))[0]?.community_id ?? null;

describe("the team -> community copy", () => {
  it("refuses a team it lacks, then books for it once a pull has brought it", async () => {
    const input = meeting("2026-03-04T09:00", "2026-03-04T10:00", { teamId: NEW_TEAM });
    await expectBookingRefused(subgraph, input, "BAD_USER_INPUT", "UNKNOWN_TEAM");
    const graph = graphAnswering([
      { id: NEW_TEAM, community: { id: demoCommunityId(1) } },
      { id: demoTeamId(1), community: { id: demoCommunityId(1) } },
    ]);
    expect(await pullTeamCommunities(subgraph.db, graph.pull)).toBe(1);
    expect(graph.asked).toEqual([TEAM_FEED]);
    expect(await copyOf(NEW_TEAM)).toBe(demoCommunityId(1));
    expect(await booked(subgraph, input)).toBeTruthy();
  });

  it("never moves a team it holds (memberships are immutable), and skips rows without a community", async () => {
    const graph = graphAnswering([
      { id: demoTeamId(101), community: { id: demoCommunityId(1) } },
      { id: demoTeamId(151), community: null },
      { id: "not-a-uuid", community: { id: demoCommunityId(1) } },
    ]);
    expect(await pullTeamCommunities(subgraph.db, graph.pull)).toBe(0);
    expect(await copyOf(demoTeamId(101))).toBe(demoCommunityId(2));
    expect(await copyOf(demoTeamId(151))).toBeNull();
  });

  it("passes quietly when the graph gives nothing (no service token)", async () => {
    const nothing = (async () => null) as typeof pullOverGraph;
    expect(await pullTeamCommunities(subgraph.db, nothing)).toBe(0);
  });
});
