import {
  DEMO_PEOPLE_COUNT,
  demoCommunityId,
  demoPersonId,
  demoTeamId,
  demoVolunteerId,
  seededRandom,
  type Random,
} from "@dongting/subgraph-kit/seed";
import { localInstant, localMonth } from "@dongting/domain/local-time";
import type { VolunteerTeam } from "../team/team.entity.js";
import { PATROL_FOUNDERS, TEAM_CATALOGUE, type TeamSpec } from "./catalogue.js";
import { sample, shuffle } from "./random.js";

/** A calendar month of the community's time, 1-based. */
interface Month {
  year: number;
  month: number;
}

const monthOf = (yearMonth: string): Month => ({ year: Number(yearMonth.slice(0, 4)), month: Number(yearMonth.slice(5, 7)) });

const monthsBetween = (from: Month, to: Month): number => (to.year - from.year) * 12 + (to.month - from.month);

function addMonths(start: Month, offset: number): Month {
  const index = start.year * 12 + (start.month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `hour`:00 local time on `day` of `month`, as an instant. */
const localTime = (month: Month, day: number, hour = 0): Date => localInstant(`${month.year}-${pad(month.month)}-${pad(day)}`, hour * 60);

export interface MembershipRow {
  teamId: string;
  volunteerId: string;
  joinedAt: Date;
  leftAt: Date | null;
}

interface Plan {
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
  const current = monthOf(localMonth(now));
  const plan: Plan = { teams: [], memberships: [], people: new Set() };
  const joinedIn = (month: Month) => localTime(month, 1 + Math.floor(random() * 27), 10);

  TEAM_CATALOGUE.forEach((spec, index) => {
    const teamId = demoTeamId(index + 1);
    const founded = monthOf(spec.founded);
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
        joinedAt: position === 0 ? localTime(founded, 1, 9) : joinedIn(addMonths(founded, Math.min(offset, months - 1))),
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
      // The catalogue is Dongting's (community 1); the neighbours' teams are neighbours.seed.ts's.
      communityId: demoCommunityId(1),
    });
  });
  return plan;
}

/** The patrol's 512: its leader 赵强 (6), 刘洋 (5), and demo people 7..516. */
function patrolMembers(): number[] {
  return [6, 5, ...Array.from({ length: 510 }, (_, i) => 7 + i)];
}

/** Former patrollers (demo people 517..540) who served a while and left: the history is not only growth. */
function patrolLeavers(random: Random, teamId: string, founded: Month, months: number, people: Set<number>): MembershipRow[] {
  return Array.from({ length: 24 }, (_, i) => {
    const person = 517 + i;
    people.add(person);
    const joinOffset = 1 + Math.floor(random() * Math.max(1, months - 9));
    const stay = 1 + Math.floor(random() * 6);
    return {
      teamId,
      volunteerId: demoVolunteerId(person),
      joinedAt: localTime(addMonths(founded, joinOffset), 2, 10),
      leftAt: localTime(addMonths(founded, Math.min(joinOffset + stay, months - 1)), 20, 10),
    };
  });
}

function otherMembers(random: Random, spec: TeamSpec): number[] {
  const include = spec.include ?? [];
  const drawn = shuffle(
    random,
    sample(random, 7, DEMO_PEOPLE_COUNT, spec.size + include.length).filter((person) => !include.includes(person)),
  );
  // The first drawn person leads (unless the catalogue names a leader); personas are plain members.
  return [drawn[0], ...include, ...drawn.slice(1, spec.size - include.length)];
}
