import { overlaps, type TimeSpan } from "../domain/shift-rules.js";
import { TEAM_CATALOGUE } from "./catalogue.js";
import { demoShiftId, demoTeamId, demoVolunteerId, seededRandom } from "@dongting/subgraph-kit";
import { shuffle } from "./random.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SHANGHAI_OFFSET = 8 * 60 * MINUTE;
/** Shifts run from six weeks back to two weeks ahead of the current week. */
export const WEEKS_BACK = 6;
export const WEEKS_AHEAD = 2;
/** 刘洋, the VOLUNTEER persona: a regular on past patrols and youth service days, free for the coming ones. */
const PERSONA_VOLUNTEER = 5;

export interface MembershipPlan {
  teamId: string;
  volunteerId: string;
  joinedAt: Date;
  leftAt: Date | null;
}

export interface ShiftRow {
  id: string;
  teamId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  location: string;
}

export interface SignupRow {
  shiftId: string;
  volunteerId: string;
  startsAt: Date;
  endsAt: Date;
  signedUpAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

/** Monday 00:00 in Wuhan of the week containing `now`. */
function weekStart(now: Date): number {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - SHANGHAI_OFFSET;
  const isoWeekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return midnight - (isoWeekday - 1) * DAY;
}

const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/**
 * Every team's shifts over recent and coming weeks, with sign-ups (never overlapping for one
 * volunteer, never over capacity, only by members at the time) and check-ins for what is over:
 * most attend, some never show, a few forget to check out.
 */
export function planShifts(memberships: MembershipPlan[], now: Date): { shifts: ShiftRow[]; signups: SignupRow[] } {
  const random = seededRandom(20_250_301);
  const monday = weekStart(now);
  const shifts: ShiftRow[] = [];
  const signups: SignupRow[] = [];
  const busy = new Map<string, TimeSpan[]>();
  const membersOf = new Map<string, MembershipPlan[]>();
  for (const membership of memberships) {
    const list = membersOf.get(membership.teamId) ?? [];
    list.push(membership);
    membersOf.set(membership.teamId, list);
  }

  TEAM_CATALOGUE.forEach((spec, index) => {
    const teamId = demoTeamId(index + 1);
    for (let day = -WEEKS_BACK * 7; day < (WEEKS_AHEAD + 1) * 7; day++) {
      const isoWeekday = (((day % 7) + 7) % 7) + 1;
      if (!spec.shift.weekdays.includes(isoWeekday)) continue;
      const startsAt = new Date(monday + day * DAY + spec.shift.startHour * 60 * MINUTE);
      const endsAt = new Date(startsAt.getTime() + spec.shift.hours * 60 * MINUTE);
      const shift: ShiftRow = {
        id: demoShiftId(shifts.length + 1),
        teamId,
        title: spec.shift.title,
        startsAt,
        endsAt,
        capacity: spec.shift.capacity,
        location: spec.shift.location,
      };
      shifts.push(shift);

      const started = startsAt.getTime() <= now.getTime();
      const over = endsAt.getTime() <= now.getTime();
      const fill = started ? 0.6 + random() * 0.4 : Math.max(0, 0.7 - (startsAt.getTime() - now.getTime()) / (21 * DAY)) * random();
      const wanted = Math.round(spec.shift.capacity * fill);
      const eligible = (membersOf.get(teamId) ?? []).filter(
        (m) => m.joinedAt.getTime() < startsAt.getTime() - DAY && (m.leftAt === null || m.leftAt.getTime() > startsAt.getTime()),
      );
      const regular = demoVolunteerId(PERSONA_VOLUNTEER);
      // Only shifts already over: a running one would keep him from a new shift the browser tests create.
      const personaTurn = over && (index === 0 ? isoWeekday === 3 : Boolean(spec.include?.includes(PERSONA_VOLUNTEER)));
      const others = shuffle(
        random,
        eligible.map((m) => m.volunteerId).filter((id) => id !== regular),
      );
      const candidates = personaTurn && eligible.some((m) => m.volunteerId === regular) ? [regular, ...others] : others;
      let taken = 0;
      for (const volunteerId of candidates) {
        if (taken >= wanted) break;
        const spans = busy.get(volunteerId) ?? [];
        if (spans.some((span) => overlaps(span, shift))) continue;
        spans.push({ startsAt, endsAt });
        busy.set(volunteerId, spans);
        taken++;
        signups.push(signupFor(random, shift, volunteerId, now, over, started, volunteerId === regular));
      }
    }
  });
  return { shifts, signups };
}

function signupFor(
  random: () => number,
  shift: ShiftRow,
  volunteerId: string,
  now: Date,
  over: boolean,
  started: boolean,
  reliable: boolean,
): SignupRow {
  const start = shift.startsAt.getTime();
  const end = shift.endsAt.getTime();
  const signedUpAt = new Date(
    Math.min(start - between(random, 1, 6) * DAY + between(random, 0, 600) * MINUTE, now.getTime() - between(random, 5, 600) * MINUTE),
  );
  let checkedInAt: Date | null = null;
  let checkedOutAt: Date | null = null;
  const attends = reliable || random() < 0.88;
  if (over && attends) {
    checkedInAt = new Date(start + between(random, -15, 10) * MINUTE);
    if (reliable || random() < 0.95) checkedOutAt = new Date(Math.max(checkedInAt.getTime(), end + between(random, -20, 15) * MINUTE));
  } else if (started && attends) {
    checkedInAt = new Date(Math.min(now.getTime(), start + between(random, -10, 5) * MINUTE));
  }
  return { shiftId: shift.id, volunteerId, startsAt: shift.startsAt, endsAt: shift.endsAt, signedUpAt, checkedInAt, checkedOutAt };
}
