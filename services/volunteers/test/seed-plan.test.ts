import { describe, expect, it } from "vitest";
import { demoVolunteerId } from "@dongting/subgraph-kit/seed";
import { TEST_NOW } from "@dongting/subgraph-kit/testing";
import { isOver, overlaps } from "@dongting/domain/volunteers";
import { TEAM_CATALOGUE } from "../src/seed/catalogue.js";
import { planShifts } from "../src/seed/shifts.seed.js";
import { planTeams } from "../src/seed/teams.seed.js";

const now = new Date("2026-05-13T10:30:00+08:00");

describe("the demo seed plan", () => {
  const teams = planTeams(now);
  const { shifts, signups } = planShifts(teams.memberships, now);

  it("is the same on every run", () => {
    const again = planTeams(now);
    expect(again).toEqual(teams);
    expect(planShifts(again.memberships, now)).toEqual({ shifts, signups });
  });

  it("has 30+ teams and every team's current size as catalogued", () => {
    expect(teams.teams.length).toBe(TEAM_CATALOGUE.length);
    expect(TEAM_CATALOGUE.length).toBeGreaterThanOrEqual(30);
    TEAM_CATALOGUE.forEach((spec, index) => {
      const current = teams.memberships.filter((m) => m.teamId === teams.teams[index].id && m.leftAt === null);
      expect(new Set(current.map((m) => m.volunteerId)).size, spec.name).toBe(spec.size);
    });
  });

  it("never puts a volunteer on two overlapping shifts, nor a shift over capacity", () => {
    const byVolunteer = new Map<string, typeof signups>();
    for (const signup of signups) byVolunteer.set(signup.volunteerId, [...(byVolunteer.get(signup.volunteerId) ?? []), signup]);
    for (const list of byVolunteer.values()) {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) expect(overlaps(list[i], list[j])).toBe(false);
    }
    for (const shift of shifts) expect(signups.filter((s) => s.shiftId === shift.id).length).toBeLessThanOrEqual(shift.capacity);
  });

  it("checks in only what has started, checks out only what is over, and never before signing up", () => {
    for (const signup of signups) {
      expect(signup.signedUpAt.getTime()).toBeLessThan(now.getTime());
      if (signup.checkedInAt) expect(signup.startsAt.getTime()).toBeLessThanOrEqual(now.getTime());
      if (signup.checkedOutAt) {
        expect(signup.endsAt.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(signup.checkedOutAt.getTime()).toBeGreaterThanOrEqual(signup.checkedInAt!.getTime());
      }
    }
  });
});

describe("the demo persona 刘洋 in the seed plan", () => {
  const persona = demoVolunteerId(5);
  /** Wednesday 20:30 local, in the middle of the nightly patrol (19:00-21:00), and 18:55 just before it. */
  const MID_PATROL = "2026-06-17T12:30:00.000Z";
  const BEFORE_PATROL = "2026-06-17T10:55:00.000Z";

  it("has shifts running in the middle of a patrol", () => {
    const now = new Date(MID_PATROL);
    const { shifts } = planShifts(planTeams(now).memberships, now);
    expect(shifts.filter((shift) => shift.startsAt.getTime() <= now.getTime() && !isOver(shift, now)).length).toBeGreaterThan(0);
  });

  it.each([TEST_NOW, MID_PATROL, BEFORE_PATROL])("has sign-ups only on shifts over at %s", (iso) => {
    const now = new Date(iso);
    const { signups } = planShifts(planTeams(now).memberships, now);
    const mine = signups.filter((signup) => signup.volunteerId === persona);
    expect(mine.length).toBeGreaterThan(5);
    for (const signup of mine) expect(isOver(signup, now), signup.shiftId).toBe(true);
  });
});
