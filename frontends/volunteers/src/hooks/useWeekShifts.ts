import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import type { LocalDate } from "@dongting/domain/local-time";
import { MY_WEEK, TEAM_WEEK, type ShiftSummary } from "../graph/shifts";
import { weekRange } from "../periods";

/** The week view shows the volunteer's own teams unless a team is chosen. */
export const MY_TEAMS = "mine";

/**
 * One week of shifts: the volunteer's teams' and his own sign-ups (`choice` MY_TEAMS), or one team's.
 * His sign-ups of the week come along in either case.
 */
export function useWeekShifts(monday: LocalDate, choice: string) {
  const range = useMemo(() => {
    const { from, to } = weekRange(monday);
    return { from: from.toISOString(), to: to.toISOString() };
  }, [monday]);
  const mineChosen = choice === MY_TEAMS;
  const week = useQuery(MY_WEEK, { variables: range });
  const teamWeek = useQuery(TEAM_WEEK, { variables: { ...range, teamId: choice }, skip: mineChosen });

  const me = week.data?.myVolunteer ?? null;
  const mySignups = useMemo(() => new Map((me?.shiftSignups ?? []).map((s) => [s.shift.id, s] as const)), [me]);
  const shifts = useMemo(() => {
    if (!mineChosen) return teamWeek.data?.volunteerTeam?.shifts ?? [];
    const unique = new Map<string, ShiftSummary>();
    for (const team of me?.teams ?? []) for (const shift of team.shifts) unique.set(shift.id, shift);
    for (const signup of me?.shiftSignups ?? []) unique.set(signup.shift.id, signup.shift);
    return [...unique.values()];
  }, [mineChosen, me, teamWeek.data]);

  return {
    /** Whether the week has answered (the volunteer, or that he is none). */
    answered: !!week.data,
    me,
    mySignups,
    shifts,
    loading: week.loading || (!mineChosen && teamWeek.loading),
    error: week.error ?? (!mineChosen ? teamWeek.error : undefined),
    refetch: () => Promise.all([week.refetch(), mineChosen ? null : teamWeek.refetch()]),
  };
}
