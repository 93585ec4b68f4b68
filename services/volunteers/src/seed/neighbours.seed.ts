import type { EntityManager } from "typeorm";
import {
  DEMO_COMMUNITIES,
  DEMO_NEIGHBOUR_TEAMS,
  demoPersonId,
  demoShiftId,
  demoTeamId,
  demoVolunteerId,
  insertInChunks,
} from "@dongting/subgraph-kit/seed";
import { addDays, addMinutes, localInstant, startOfLocalWeek, toLocal } from "@dongting/domain/local-time";
import { isOver } from "@dongting/domain/volunteers";
import type { TeamKind } from "../domain/team-kind.js";
import { ShiftSignup } from "../shift/shift-signup.entity.js";
import { Shift } from "../shift/shift.entity.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";

/** How each neighbour team works: its members (offsets into its community's people) and its week. */
const NEIGHBOUR_SHAPE = {
  PATROL: { firstPerson: 10, members: 10, title: "夜间巡逻", weekdays: [1, 2, 3, 4, 5, 6, 7], startHour: 19, hours: 2, capacity: 6 },
  RED_NEIGHBOUR: { firstPerson: 30, members: 8, title: "红色邻里上门探访", weekdays: [2, 4, 6], startHour: 9, hours: 2, capacity: 5 },
} as const;

/** Members sign up in turns: this many per shift, so the week has service time to show. */
const SIGNUPS_PER_SHIFT = 3;

/**
 * The two neighbouring communities' teams (水果湖 101, 102; 梨园 201, 202, the kit's DEMO_NEIGHBOUR_TEAMS):
 * a patrol and a 红色邻里 team each, members from the community's own people, and the current week's
 * shifts with sign-ups (checked in and out where the shift is over). Enough for scoping to show.
 */
export async function seedNeighbourTeams(manager: EntityManager, now: Date): Promise<void> {
  const monday = toLocal(startOfLocalWeek(now)).date;
  const joinedAt = localInstant("2025-03-01", 10 * 60);
  const teams: Array<Partial<VolunteerTeam>> = [];
  const volunteers: Array<Partial<Volunteer>> = [];
  const memberships: Array<Partial<TeamMembership>> = [];
  const shifts: Array<Partial<Shift>> = [];
  const signups: Array<Partial<ShiftSignup>> = [];

  for (const spec of DEMO_NEIGHBOUR_TEAMS) {
    const community = DEMO_COMMUNITIES[spec.community - 1];
    const shape = NEIGHBOUR_SHAPE[spec.kind];
    const people = Array.from({ length: shape.members }, (_, i) => community.people.first + shape.firstPerson + i);
    const teamId = demoTeamId(spec.n);
    teams.push({
      id: teamId,
      name: spec.name,
      kind: spec.kind as TeamKind,
      partnerUnit: null,
      leaderId: demoPersonId(people[0]),
      communityId: community.id,
    });
    for (const person of people) {
      volunteers.push({ id: demoVolunteerId(person), personId: demoPersonId(person), skills: [], createdAt: joinedAt });
      memberships.push({ teamId, volunteerId: demoVolunteerId(person), joinedAt, leftAt: null });
    }
    shape.weekdays.forEach((weekday, day) => {
      const startsAt = localInstant(addDays(monday, weekday - 1), shape.startHour * 60);
      const shift = {
        // Numbered apart from Dongting's shifts (those count up from 1 in the order generated).
        id: demoShiftId(spec.n * 10_000 + day + 1),
        teamId,
        communityId: community.id,
        title: shape.title,
        startsAt,
        endsAt: addMinutes(startsAt, shape.hours * 60),
        capacity: shape.capacity,
        location: community.name,
      };
      shifts.push(shift);
      const over = isOver(shift, now);
      for (let k = 0; k < SIGNUPS_PER_SHIFT; k++) {
        const person = people[(day * SIGNUPS_PER_SHIFT + k) % people.length];
        signups.push({
          shiftId: shift.id,
          volunteerId: demoVolunteerId(person),
          startsAt: shift.startsAt,
          endsAt: shift.endsAt,
          signedUpAt: addMinutes(startsAt, -2 * 24 * 60),
          checkedInAt: over ? addMinutes(startsAt, -5) : null,
          checkedOutAt: over ? shift.endsAt : null,
        });
      }
    });
  }
  await insertInChunks(manager, VolunteerTeam, teams);
  await insertInChunks(manager, Volunteer, volunteers);
  await insertInChunks(manager, TeamMembership, memberships);
  await insertInChunks(manager, Shift, shifts);
  await insertInChunks(manager, ShiftSignup, signups);
}
