import { queryGraph } from "@dongting/ui-kit/e2e";

/**
 * The browser test's fixtures and checks through the graph (as staff, or as the volunteer), on the
 * stack's clock: shifts created for the test, and what the subgraph recorded of his sign-ups.
 */
export const PATROL_TEAM_ID = "00000000-0003-4000-8000-000000000001";
export const MINUTE = 60_000;

export interface CreatedShift {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

interface SignupRecord {
  volunteer: { id: string };
  checkedInAt: string | null;
  checkedOutAt: string | null;
  minutes: number;
}

export interface VolunteersGraphOptions {
  /** The stack's time (the session's `now`). */
  now(): Date;
  staffToken: string;
  volunteerToken: string;
  /** 刘洋's volunteer id. */
  volunteerId: string;
}

export function volunteersGraph({ now, staffToken, volunteerToken, volunteerId }: VolunteersGraphOptions) {
  /** The stack's time `minutes` ahead, on a whole minute. */
  const minutesFromNow = (minutes: number): Date => new Date(Math.ceil((now().getTime() + minutes * MINUTE) / MINUTE) * MINUTE);

  async function createShift(title: string, startsAt: Date, hours: number, capacity: number): Promise<CreatedShift> {
    const data = await queryGraph<{ createShift: CreatedShift }>(
      `mutation Create($input: CreateShiftInput!) { createShift(input: $input) { id title startsAt endsAt } }`,
      staffToken,
      {
        input: {
          teamId: PATROL_TEAM_ID,
          title,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + hours * 60 * MINUTE).toISOString(),
          capacity,
          location: "东亭社区党群服务中心集合",
        },
      },
    );
    return data.createShift;
  }

  /**
   * 刘洋 has no coming sign-ups in the seed, but may be on a seeded shift running right now (the seed
   * signs him up for what had started at its clock). A new shift of his must not overlap it: start it
   * when his last running shift ends, or in five minutes.
   */
  async function soonStart(): Promise<Date> {
    const at = now().getTime();
    const data = await queryGraph<{ volunteer: { shiftSignups: Array<{ shift: { endsAt: string } }> } }>(
      `query Busy($id: ID!, $from: DateTime!, $to: DateTime!) {
        volunteer(id: $id) { shiftSignups(from: $from, to: $to) { shift { endsAt } } }
      }`,
      staffToken,
      { id: volunteerId, from: new Date(at - 13 * 60 * MINUTE).toISOString(), to: new Date(at + 60 * MINUTE).toISOString() },
    );
    const busyUntil = Math.max(at + 5 * MINUTE, ...data.volunteer.shiftSignups.map((s) => new Date(s.shift.endsAt).getTime()));
    if (busyUntil > at + 25 * MINUTE) {
      throw new Error(
        `刘洋 is on a seeded shift until ${new Date(busyUntil).toISOString()}; check-in for a new shift would not be open yet`,
      );
    }
    return new Date(Math.ceil(busyUntil / MINUTE) * MINUTE);
  }

  async function serviceMinutes(): Promise<number> {
    const data = await queryGraph<{ myVolunteer: { serviceMinutes: number } }>(`{ myVolunteer { serviceMinutes } }`, volunteerToken);
    return data.myVolunteer.serviceMinutes;
  }

  /** 刘洋's sign-up for the shift as the subgraph recorded it, or null. */
  async function signupOf(shiftId: string): Promise<SignupRecord | null> {
    const data = await queryGraph<{ shift: { signups: SignupRecord[] } }>(
      `query Signups($id: ID!) { shift(id: $id) { signups { volunteer { id } checkedInAt checkedOutAt minutes } } }`,
      staffToken,
      { id: shiftId },
    );
    return data.shift.signups.find((s) => s.volunteer.id === volunteerId) ?? null;
  }

  return { minutesFromNow, createShift, soonStart, serviceMinutes, signupOf };
}
