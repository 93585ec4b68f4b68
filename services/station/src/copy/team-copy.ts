import type { DataSource, EntityManager } from "typeorm";
import { graphCopyJob, isUuid, pullOverGraph, type PeriodicJob } from "@dongting/subgraph-kit";
import { communityOfTeam, DEMO_NEIGHBOUR_TEAMS, demoCommunityId, demoTeamId } from "@dongting/subgraph-kit/seed";

/** One team as volunteers' graph answers `volunteerTeams { id community { id } }`. */
export interface PulledTeam {
  id: string;
  community: { id: string } | null;
}

export const TEAM_FEED = `query StationTeamCopy { volunteerTeams { id community { id } } }`;

/**
 * Adds team -> community pairs to the copy; existing rows stay as they are (a team never changes
 * community). Returns how many were new. One statement per 500 teams.
 */
export async function applyTeamCommunities(db: DataSource | EntityManager, teams: readonly PulledTeam[]): Promise<number> {
  const rows = teams.filter((team) => isUuid(team.id) && team.community && isUuid(team.community.id));
  let added = 0;
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const inserted: unknown = await db.query(
      `INSERT INTO team_community (team_id, community_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT (team_id) DO NOTHING RETURNING 1`,
      [chunk.map((team) => team.id), chunk.map((team) => team.community!.id)],
    );
    added += Array.isArray(inserted) ? inserted.length : 0;
  }
  return added;
}

/** Pulls every team over the graph (as the service account) into the copy; `pull` is swappable for tests. */
export async function pullTeamCommunities(db: DataSource, pull: typeof pullOverGraph = pullOverGraph): Promise<number> {
  const data = await pull<{ volunteerTeams: PulledTeam[] }>(TEAM_FEED);
  if (!data) return 0;
  return db.transaction((manager) => applyTeamCommunities(manager, data.volunteerTeams));
}

/** Keeps the team copy fed, at the geography copy's pace. */
export const teamCopyJob: PeriodicJob = graphCopyJob("team-copy", (db) => pullTeamCommunities(db));

/**
 * The demo street's teams, as volunteers' seed makes them: Dongting's catalogue of 32 teams
 * (demoTeamId(1..32), services/volunteers/src/seed/catalogue.ts) and the neighbours' DEMO_NEIGHBOUR_TEAMS.
 */
export const DONGTING_TEAM_COUNT = 32;

export function demoTeamCommunities(): PulledTeam[] {
  const dongting = Array.from({ length: DONGTING_TEAM_COUNT }, (_, i) => ({
    id: demoTeamId(i + 1),
    community: { id: demoCommunityId(1) },
  }));
  const neighbours = DEMO_NEIGHBOUR_TEAMS.map((team) => ({ id: demoTeamId(team.n), community: { id: communityOfTeam(team.n).id } }));
  return [...dongting, ...neighbours];
}

/** Seeds the copy so booking for a team works before the first pull (and in tests, alone). */
export const seedTeamCopy = (db: DataSource): Promise<number> => applyTeamCommunities(db, demoTeamCommunities());

/** The community of a team, from the copy; null when the copy does not know the team (yet). */
export async function teamCommunityInCopy(db: DataSource | EntityManager, teamId: string): Promise<string | null> {
  if (!isUuid(teamId)) return null;
  const rows: Array<{ community_id: string }> = await db.query(`SELECT community_id FROM team_community WHERE team_id = $1`, [teamId]);
  return rows[0]?.community_id ?? null;
}
