import { graphql } from "../gql";
import type { CouncilMeetingDetailsQuery, CouncilMeetingsQuery } from "../gql/graphql";

/**
 * The meetings of a month of the calendar: class committees (月度班委会) and 班长议事会 sessions. Only what the
 * grid shows: with attendance and agenda a month would be priced far above the cost limit.
 */
export const MEETINGS = graphql(`
  query CouncilMeetings($from: DateTime!, $to: DateTime!, $kind: MeetingKind) {
    meetings(from: $from, to: $to, kind: $kind) {
      id
      kind
      title
      startsAt
      endsAt
      status
      residentClass {
        id
        name
        monitor {
          id
        }
      }
    }
  }
`);

export type MeetingRow = CouncilMeetingsQuery["meetings"][number];

/**
 * One meeting's drawer: the contract has no `meeting(id)`, so the meetings of its own time window (a few at
 * most, cheap to price), the one wanted picked by id: attendance, minutes, the agenda and the 议事厅 booking.
 */
export const MEETING_DETAILS = graphql(`
  query CouncilMeetingDetails($id: ID!, $withPeople: Boolean!) {
    meeting(id: $id) {
      id
      minutes
      booking {
        id
        title
        startsAt
        endsAt
        status
        zone {
          id
          name
        }
      }
      attendees @include(if: $withPeople) {
        id
        name
      }
      agenda {
        id
        title
        status
      }
    }
  }
`);

export type MeetingDetail = NonNullable<CouncilMeetingDetailsQuery["meeting"]>;

export const SCHEDULE_MEETING = graphql(`
  mutation CouncilScheduleMeeting($input: MeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      kind
      title
      startsAt
      endsAt
      status
    }
  }
`);

export const RECORD_MEETING = graphql(`
  mutation CouncilRecordMeeting($id: ID!, $attendeeIds: [ID!]!, $minutes: String!) {
    recordMeeting(id: $id, attendeeIds: $attendeeIds, minutes: $minutes) {
      id
      status
      minutes
      attendees {
        id
        name
      }
    }
  }
`);

/** Who may be marked present: a class's committee and first members (a class meeting). */
export const CLASS_ATTENDEE_CANDIDATES = graphql(`
  query CouncilClassAttendeeCandidates($id: ID!, $first: Int) {
    residentClass(id: $id) {
      id
      committee {
        post
        person {
          id
          name
        }
      }
      members(first: $first) {
        edges {
          node {
            person {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The station's zones, for the meeting form's 议事厅 booking (the zone picker). */
export const STATION_ZONES = graphql(`
  query CouncilStationZones($communityId: ID) {
    zones(communityId: $communityId) {
      id
      name
    }
  }
`);

/**
 * One zone's bookings over the meeting's day, for the meeting form to point at one. A single zone: every zone's
 * bookings together would be priced over the cost limit.
 */
export const ZONE_BOOKINGS = graphql(`
  query CouncilZoneBookings($id: ID!, $from: DateTime!, $to: DateTime!) {
    zone(id: $id) {
      id
      name
      bookings(from: $from, to: $to) {
        id
        title
        startsAt
        endsAt
        status
      }
    }
  }
`);
