import { gql, type TypedDocumentNode } from "@apollo/client";
import type { TeamKind } from "../labels";

export interface ShiftSummary {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  location: string | null;
  signupCount: number;
  team: { id: string; name: string; kind: TeamKind };
}

export const SHIFT_SUMMARY = gql`
  fragment ShiftSummary on Shift {
    id
    title
    startsAt
    endsAt
    capacity
    location
    signupCount
    team {
      id
      name
      kind
    }
  }
`;

export interface MySignup {
  id: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  minutes: number;
  noShow: boolean;
  shift: ShiftSummary;
}

export interface WeekData {
  myVolunteer: {
    id: string;
    person: { id: string; name: string };
    teams: Array<{ id: string; name: string; kind: TeamKind; shifts: ShiftSummary[] }>;
    shiftSignups: MySignup[];
  } | null;
}

export interface RangeVars {
  from: string;
  to: string;
}

/** The signed-in volunteer's week: his teams' shifts and his own sign-ups. */
export const MY_WEEK: TypedDocumentNode<WeekData, RangeVars> = gql`
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
  ${SHIFT_SUMMARY}
`;

export interface TeamWeekData {
  volunteerTeam: { id: string; name: string; kind: TeamKind; shifts: ShiftSummary[] } | null;
}

export const TEAM_WEEK: TypedDocumentNode<TeamWeekData, RangeVars & { teamId: string }> = gql`
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
  ${SHIFT_SUMMARY}
`;

export interface AttendanceRow {
  id: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  minutes: number;
  noShow: boolean;
  volunteer: { id: string; person: { id: string; name: string } };
}

export const ATTENDANCE_ROW = gql`
  fragment AttendanceRow on ShiftSignup {
    id
    checkedInAt
    checkedOutAt
    minutes
    noShow
    volunteer {
      id
      person {
        id
        name
      }
    }
  }
`;

export type ShiftWithSignups = ShiftSummary & { signups: AttendanceRow[] };

export interface ShiftDetailData {
  shift: (ShiftWithSignups & { team: ShiftSummary["team"] & { leader: { id: string; name: string } | null } }) | null;
  myVolunteer: { id: string; teams: Array<{ id: string }> } | null;
}

export const SHIFT_DETAIL: TypedDocumentNode<ShiftDetailData, { id: string }> = gql`
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
      signups {
        ...AttendanceRow
      }
    }
    myVolunteer {
      id
      teams {
        id
      }
    }
  }
  ${SHIFT_SUMMARY}
  ${ATTENDANCE_ROW}
`;

export interface TodayData {
  volunteerTeam: {
    id: string;
    name: string;
    kind: TeamKind;
    shifts: ShiftWithSignups[];
  } | null;
}

/** A team's shifts of one day with every sign-up: the check-in screen. */
export const TEAM_DAY: TypedDocumentNode<TodayData, RangeVars & { teamId: string }> = gql`
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
  ${SHIFT_SUMMARY}
  ${ATTENDANCE_ROW}
`;

type ShiftVars = { shiftId: string; volunteerId: string };

export const SIGN_UP: TypedDocumentNode<{ signUpForShift: { id: string; signupCount: number } }, ShiftVars> = gql`
  mutation VolunteerSignUp($shiftId: ID!, $volunteerId: ID!) {
    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`;

export const CANCEL_SIGNUP: TypedDocumentNode<{ cancelSignup: { id: string; signupCount: number } }, ShiftVars> = gql`
  mutation VolunteerCancelSignup($shiftId: ID!, $volunteerId: ID!) {
    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {
      id
      signupCount
    }
  }
`;

export const CHECK_IN: TypedDocumentNode<{ checkIn: AttendanceRow }, ShiftVars> = gql`
  mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {
    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {
      ...AttendanceRow
    }
  }
  ${ATTENDANCE_ROW}
`;

export const CHECK_OUT: TypedDocumentNode<{ checkOut: AttendanceRow }, ShiftVars> = gql`
  mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {
    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {
      ...AttendanceRow
    }
  }
  ${ATTENDANCE_ROW}
`;
