import type { DataSource, EntityManager } from "typeorm";
import { DEMO_PEOPLE_COUNT, demoPersonId, insertInChunks, pick, seededRandom } from "@dongting/subgraph-kit";
import { ShiftSignup } from "../shift/shift-signup.entity.js";
import { Shift } from "../shift/shift.entity.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { PATROL_FOUNDERS, SKILLS, TEAM_CATALOGUE, type TeamSpec } from "./catalogue.js";
import { demoTeamId, demoVolunteerId } from "@dongting/subgraph-kit";
import { sample, shuffle } from "./random.js";
import { planShifts } from "./shifts.seed.js";

const SHANGHAI_OFFSET_HOURS = 8;

/** A local (Asia/Shanghai, no DST) wall-clock time as an instant. */
export function shanghaiTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour - SHANGHAI_OFFSET_HOURS, minute));
}

/** Year and month (1-based) of an instant in Asia/Shanghai. */
function shanghaiMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_HOURS * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

function monthsBetween(from: { year: number; month: number }, to: { year: number; month: number }): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

function addMonths(start: { year: number; month: number }, offset: number): { year: number; month: number } {
  const index = start.year * 12 + (start.month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export interface MembershipRow {
  teamId: string;
  volunteerId: string;
  joinedAt: Date;
  leftAt: Date | null;
}

export interface Plan {
  teams: Array<Partial<VolunteerTeam>>;
  memberships: MembershipRow[];
  people: Set<number>;
}

/**
 * Who joined which team when. Deterministic: the same for a given month of seeding (the history
 * runs from each team's founding up to the month before `now`).
 */
export function planTeams(now: Date): Plan {
  const random = seededRandom(20_240_501);
  const current = shanghaiMonth(now);
  const plan: Plan = { teams: [], memberships: [], people: new Set() };
  const joinedIn = (month: { year: number; month: number }) => shanghaiTime(month.year, month.month, 1 + Math.floor(random() * 27), 10);

  TEAM_CATALOGUE.forEach((spec, index) => {
    const teamId = demoTeamId(index + 1);
    const founded = { year: Number(spec.founded.slice(0, 4)), month: Number(spec.founded.slice(5, 7)) };
    const months = Math.max(1, monthsBetween(founded, current));
    const members = index === 0 ? patrolMembers() : otherMembers(random, spec);
    const leader = spec.leader ?? members[0];
    const ordered = [leader, ...members.filter((person) => person !== leader)];
    const founders = index === 0 ? PATROL_FOUNDERS : Math.ceil(spec.size * 0.4);
    ordered.forEach((person, position) => {
      plan.people.add(person);
      // Founders join in the founding month; later members spread over the months since, growth
      // front-loaded a little (the patrol grew fastest after its first year).
      const offset =
        position < founders
          ? 0
          : 1 + Math.floor((months - 1) * Math.pow((position - founders) / Math.max(1, ordered.length - founders), 0.9));
      plan.memberships.push({
        teamId,
        volunteerId: demoVolunteerId(person),
        joinedAt:
          position === 0 ? shanghaiTime(founded.year, founded.month, 1, 9) : joinedIn(addMonths(founded, Math.min(offset, months - 1))),
        leftAt: null,
      });
    });
    if (index === 0) plan.memberships.push(...patrolLeavers(random, teamId, founded, months, plan.people));
    plan.teams.push({
      id: teamId,
      name: spec.name,
      kind: spec.kind,
      partnerUnit: spec.partnerUnit ?? null,
      leaderId: demoPersonId(leader),
    });
  });
  return plan;
}

/** The patrol's 512: its leader 赵强 (6), 刘洋 (5), and demo people 7..516. */
function patrolMembers(): number[] {
  return [6, 5, ...Array.from({ length: 510 }, (_, i) => 7 + i)];
}

/** Former patrollers (demo people 517..540) who served a while and left: the history is not only growth. */
function patrolLeavers(
  random: () => number,
  teamId: string,
  founded: { year: number; month: number },
  months: number,
  people: Set<number>,
): MembershipRow[] {
  return Array.from({ length: 24 }, (_, i) => {
    const person = 517 + i;
    people.add(person);
    const joinOffset = 1 + Math.floor(random() * Math.max(1, months - 9));
    const stay = 1 + Math.floor(random() * 6);
    const joined = addMonths(founded, joinOffset);
    const left = addMonths(founded, Math.min(joinOffset + stay, months - 1));
    return {
      teamId,
      volunteerId: demoVolunteerId(person),
      joinedAt: shanghaiTime(joined.year, joined.month, 2, 10),
      leftAt: shanghaiTime(left.year, left.month, 20, 10),
    };
  });
}

function otherMembers(random: () => number, spec: TeamSpec): number[] {
  const include = spec.include ?? [];
  const drawn = shuffle(
    random,
    sample(random, 7, DEMO_PEOPLE_COUNT, spec.size + include.length).filter((person) => !include.includes(person)),
  );
  // The first drawn person leads (unless the catalogue names a leader); personas are plain members.
  return [drawn[0], ...include, ...drawn.slice(1, spec.size - include.length)];
}

export async function seedTeams(manager: EntityManager, now: Date): Promise<MembershipRow[]> {
  const plan = planTeams(now);
  const random = seededRandom(7);
  const volunteers = [...plan.people]
    .sort((a, b) => a - b)
    .map((person) => ({
      id: demoVolunteerId(person),
      personId: demoPersonId(person),
      skills: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(random, SKILLS)))],
      createdAt: shanghaiTime(2019, 1, 1),
    }));
  await insertInChunks(manager, VolunteerTeam, plan.teams);
  await insertInChunks(manager, Volunteer, volunteers);
  await insertInChunks(manager, TeamMembership, plan.memberships);
  return plan.memberships;
}

export async function seedShifts(manager: EntityManager, memberships: MembershipRow[], now: Date): Promise<void> {
  const { shifts, signups } = planShifts(memberships, now);
  await insertInChunks(manager, Shift, shifts);
  await insertInChunks(manager, ShiftSignup, signups, 1000);
}

/** Loads the Dongting volunteer teams into an empty database; does nothing when data exists. */
export async function seedDongting(db: DataSource, now = new Date()): Promise<void> {
  if ((await db.manager.count(VolunteerTeam)) > 0) return;
  await db.transaction(async (manager) => {
    const memberships = await seedTeams(manager, now);
    await seedShifts(manager, memberships, now);
  });
}
