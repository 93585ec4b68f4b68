import { demoCommunityId, demoShiftId, demoTeamId, demoVolunteerId, seededRandom, type Random } from "@dongting/subgraph-kit/seed";
import { addDays, addMinutes, DAY_MINUTES, localInstant, minutesBetween, startOfLocalWeek, toLocal } from "@dongting/domain/local-time";
import { hasStarted, isOver, overlaps, type ShiftSpan } from "@dongting/domain/volunteers";
import { TEAM_CATALOGUE } from "./catalogue.js";
import { shuffle } from "./random.js";
import type { MembershipRow } from "./teams.seed.js";

/** Shifts run from six weeks back to two weeks ahead of the current week. */
const WEEKS_BACK = 6;
const WEEKS_AHEAD = 2;
/** 刘洋, the VOLUNTEER persona: a regular on past patrols and youth service days, free for the coming ones. */
const PERSONA_VOLUNTEER = 5;

interface ShiftRow {
  id: string;
  teamId: string;
  communityId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  location: string;
}

interface SignupRow {
  shiftId: string;
  volunteerId: string;
  startsAt: Date;
  endsAt: Date;
  signedUpAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/**
 * Every team's shifts over recent and coming weeks, with sign-ups (never overlapping for one
 * volunteer, never over capacity, only by members at the time) and check-ins for what is over:
 * most attend, some never show, a few forget to check out.
 */
export function planShifts(memberships: MembershipRow[], now: Date): { shifts: ShiftRow[]; signups: SignupRow[] } {
  const random = seededRandom(20_250_301);
  const monday = toLocal(startOfLocalWeek(now)).date;
  const shifts: ShiftRow[] = [];
  const signups: SignupRow[] = [];
  const busy = new Map<string, ShiftSpan[]>();
  const membersOf = new Map<string, MembershipRow[]>();
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
      const startsAt = localInstant(addDays(monday, day), spec.shift.startHour * 60);
      const endsAt = addMinutes(startsAt, spec.shift.hours * 60);
      const shift: ShiftRow = {
        id: demoShiftId(shifts.length + 1),
        teamId,
        communityId: demoCommunityId(1),
        title: spec.shift.title,
        startsAt,
        endsAt,
        capacity: spec.shift.capacity,
        location: spec.shift.location,
      };
      shifts.push(shift);

      const started = hasStarted(shift, now);
      const over = isOver(shift, now);
      const fill = started ? 0.6 + random() * 0.4 : Math.max(0, 0.7 - minutesBetween(now, startsAt) / (21 * DAY_MINUTES)) * random();
      const wanted = Math.round(spec.shift.capacity * fill);
      const eligible = (membersOf.get(teamId) ?? []).filter(
        (m) => minutesBetween(m.joinedAt, startsAt) > DAY_MINUTES && (m.leftAt === null || m.leftAt.getTime() > startsAt.getTime()),
      );
      const regular = demoVolunteerId(PERSONA_VOLUNTEER);
      // Only shifts over at the seed's clock: a running or coming one would keep him from a new shift the browser tests create.
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
  random: Random,
  shift: ShiftRow,
  volunteerId: string,
  now: Date,
  over: boolean,
  started: boolean,
  reliable: boolean,
): SignupRow {
  const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
  const latest = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
  const signedUpAt = earliest(
    addMinutes(shift.startsAt, -between(random, 1, 6) * DAY_MINUTES + between(random, 0, 600)),
    addMinutes(now, -between(random, 5, 600)),
  );
  let checkedInAt: Date | null = null;
  let checkedOutAt: Date | null = null;
  const attends = reliable || random() < 0.88;
  if (over && attends) {
    checkedInAt = addMinutes(shift.startsAt, between(random, -15, 10));
    if (reliable || random() < 0.95) checkedOutAt = latest(checkedInAt, addMinutes(shift.endsAt, between(random, -20, 15)));
  } else if (started && attends) {
    checkedInAt = earliest(now, addMinutes(shift.startsAt, between(random, -10, 5)));
  }
  return { shiftId: shift.id, volunteerId, startsAt: shift.startsAt, endsAt: shift.endsAt, signedUpAt, checkedInAt, checkedOutAt };
}
