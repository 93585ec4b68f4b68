import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import {
  DEMO_NEIGHBOUR_TEAMS,
  demoPersonId,
  demoTeamId,
  demoVolunteerId,
  insertInChunks,
  pick,
  seedGeographyCopy,
  seededRandom,
} from "@dongting/subgraph-kit/seed";
import { localInstant } from "@dongting/domain/local-time";
import { ShiftSignup } from "../shift/shift-signup.entity.js";
import { Shift } from "../shift/shift.entity.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { SKILLS } from "./catalogue.js";
import { seedDistrict } from "./district.seed.js";
import { seedNeighbourTeams } from "./neighbours.seed.js";
import { planShifts } from "./shifts.seed.js";
import { planTeams, type MembershipRow } from "./teams.seed.js";

async function seedTeams(manager: EntityManager, now: Date): Promise<MembershipRow[]> {
  const plan = planTeams(now);
  const random = seededRandom(7);
  const volunteers = [...plan.people]
    .sort((a, b) => a - b)
    .map((person) => ({
      id: demoVolunteerId(person),
      personId: demoPersonId(person),
      skills: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(random, SKILLS)))],
      createdAt: localInstant("2019-01-01"),
    }));
  await insertInChunks(manager, VolunteerTeam, plan.teams);
  await insertInChunks(manager, Volunteer, volunteers);
  await insertInChunks(manager, TeamMembership, plan.memberships);
  return plan.memberships;
}

async function seedShifts(manager: EntityManager, memberships: MembershipRow[], now: Date): Promise<void> {
  const { shifts, signups } = planShifts(memberships, now);
  await insertInChunks(manager, Shift, shifts);
  await insertInChunks(manager, ShiftSignup, signups, 1000);
}

/**
 * Loads the demo street into the database, relative to the clock's now: the geography copy (so scopes
 * resolve before the first pull), Dongting's teams (the member history up to this month, shifts from six
 * weeks back to two ahead), the two neighbours' teams, and with SEED_DISTRICT the generated communities.
 * Teams go only into a database without any (real data is never mixed with the demo), except that a
 * demo database seeded before the neighbours existed gains their teams.
 */
export async function seedDongting(db: DataSource, clock: Clock): Promise<void> {
  const now = clock.now();
  await seedGeographyCopy(db);
  const has = (n: number) => db.manager.existsBy(VolunteerTeam, { id: demoTeamId(n) });
  if ((await db.manager.count(VolunteerTeam)) === 0) {
    await db.transaction(async (manager) => {
      const memberships = await seedTeams(manager, now);
      await seedShifts(manager, memberships, now);
      await seedNeighbourTeams(manager, now);
    });
  } else if ((await has(1)) && !(await has(DEMO_NEIGHBOUR_TEAMS[0].n))) {
    await db.transaction((manager) => seedNeighbourTeams(manager, now));
  }
  await seedDistrict(db, now);
}
