import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { demoPersonId, demoVolunteerId, insertInChunks, pick, seededRandom } from "@dongting/subgraph-kit/seed";
import { localInstant } from "@dongting/domain/local-time";
import { ShiftSignup } from "../shift/shift-signup.entity.js";
import { Shift } from "../shift/shift.entity.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { SKILLS } from "./catalogue.js";
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
 * Loads the Dongting volunteer teams into an empty database, relative to the clock's now (the member
 * history up to this month, shifts from six weeks back to two ahead); does nothing when data exists.
 */
export async function seedDongting(db: DataSource, clock: Clock): Promise<void> {
  if ((await db.manager.count(VolunteerTeam)) > 0) return;
  const now = clock.now();
  await db.transaction(async (manager) => {
    const memberships = await seedTeams(manager, now);
    await seedShifts(manager, memberships, now);
  });
}
