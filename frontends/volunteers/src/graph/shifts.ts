import { graphql } from "../gql";
import type {
  AttendanceRowFragment,
  CorrectionSummaryFragment,
  ShiftSummaryFragment,
  VolunteerMyWeekQuery,
  VolunteerTeamDayQuery,
} from "../gql/graphql";

export type ShiftSummary = ShiftSummaryFragment;
export type AttendanceRow = AttendanceRowFragment;
/** What the correction tag shows: the summary, and who corrected it where that was asked for. */
export type Correction = CorrectionSummaryFragment & { by?: { name: string } | null };

graphql(`
  fragment ShiftSummary on Shift {
    id
    title
    startsAt
    endsAt
    capacity
    location
    signupCount
    cancelledAt
    cancelReason
    team {
      id
      name
      kind
    }
  }
`);

/** The signed-in volunteer's week: his teams' shifts and his own sign-ups. */
export const MY_WEEK = graphql(`
  query VolunteerMyWeek($from: DateTime!, $to: DateTime!) {
    myVolunteer {
      id
      person {
        id
        name
      }
      teams {
        id
        name
        kind
        shifts(from: $from, to: $to) {
          ...ShiftSummary
        }
      }
      shiftSignups(from: $from, to: $to) {
        id
        checkedInAt
        checkedOutAt
        minutes
        noShow
        shift {
          ...ShiftSummary
        }
      }
    }
  }
`);

/** One of the volunteer's own sign-ups, with its shift. */
export type MySignup = NonNullable<VolunteerMyWeekQuery["myVolunteer"]>["shiftSignups"][number];

export const TEAM_WEEK = graphql(`
  query VolunteerTeamWeek($teamId: ID!, $from: DateTime!, $to: DateTime!) {
    volunteerTeam(id: $teamId) {
      id
      name
      kind
      shifts(from: $from, to: $to) {
        ...ShiftSummary
      }
    }
  }
`);

graphql(`
  fragment AttendanceRow on ShiftSignup {
    id
    checkedInAt
    checkedOutAt
    minutes
    noShow
    lastCorrection {
      ...CorrectionSummary
    }
    volunteer {
      id
      person {
        id
        name
      }
    }
  }
`);

/**
 * A sign-up's latest correction (correctServiceTime): when, why and the minutes before. Lean, as every row
 * of the check-in screen carries it (a team's day of shifts, each up to 500 sign-ups, within the graph's
 * cost limit); CorrectionFields adds who corrected it where fewer rows are asked for.
 */
graphql(`
  fragment CorrectionSummary on ServiceTimeCorrection {
    at
    reason
    minutesBefore
  }
`);

/** A correction in full: also who made it and the times it set. */
graphql(`
  fragment CorrectionFields on ServiceTimeCorrection {
    ...CorrectionSummary
    checkedInAfter
    checkedOutAfter
    by {
      id
      name
    }
  }
`);

/** A shift and its team; the leader is named to the team's own people and staff (withheld from others). */
export const SHIFT_DETAIL = graphql(`
  query VolunteerShiftDetail($id: ID!) {
    shift(id: $id) {
      ...ShiftSummary
      team {
        id
        leader {
          id
          name
        }
      }
    }
    myVolunteer {
      id
      teams {
        id
      }
    }
  }
`);

/**
 * Who signed up for a shift: the sign-up list for its team's leader and staff (`withSignups`; the read policy
 * refuses it to others), and the viewer's own sign-up (his sign-ups for shifts starting in [from, to)).
 */
export const SHIFT_SIGNUPS = graphql(`
  query VolunteerShiftSignups($id: ID!, $from: DateTime!, $to: DateTime!, $withSignups: Boolean!) {
    shift(id: $id) {
      id
      signups @include(if: $withSignups) {
        ...AttendanceRow
        lastCorrection {
          ...CorrectionFields
        }
      }
    }
    myVolunteer {
      id
      shiftSignups(from: $from, to: $to) {
        id
        checkedInAt
        checkedOutAt
        minutes
        noShow
        shift {
          id
        }
      }
    }
  }
`);

/** A team's shifts of one day with every sign-up: the check-in screen. */
export const TEAM_DAY = graphql(`
  query VolunteerTeamDay($teamId: ID!, $from: DateTime!, $to: DateTime!) {
    volunteerTeam(id: $teamId) {
      id
      name
      kind
      shifts(from: $from, to: $to) {
        ...ShiftSummary
        signups {
          ...AttendanceRow
        }
      }
    }
  }
`);

/** A shift with every sign-up: a row of the check-in screen. */
export type ShiftWithSignups = NonNullable<VolunteerTeamDayQuery["volunteerTeam"]>["shifts"][number];

export const SIGN_UP = graphql(`
  mutation VolunteerSignUp($shiftId: ID!, $volunteerId: ID!) {
    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`);

export const CANCEL_SIGNUP = graphql(`
  mutation VolunteerCancelSignup($shiftId: ID!, $volunteerId: ID!) {
    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {
    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {
      ...AttendanceRow
    }
  }
`);

export const CHECK_OUT = graphql(`
  mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {
    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {
      ...AttendanceRow
    }
  }
`);
