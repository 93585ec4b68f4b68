import { graphql } from "../gql";
import type { StationBookingFieldsFragment, StationClosureFieldsFragment, StationZoneFieldsFragment } from "../gql/graphql";

export type ZoneRow = StationZoneFieldsFragment;
/** A booking as the calendar, the queues and the lists show it. */
export type BookingRow = StationBookingFieldsFragment;
export type ClosureRow = StationClosureFieldsFragment;

graphql(`
  fragment StationZoneFields on Zone {
    id
    name
    kind
    capacity
    exclusive
    requiresApproval
  }
`);

graphql(`
  fragment StationBookingFields on Booking {
    id
    title
    startsAt
    endsAt
    attendees
    status
    seriesId
    decisionNote
    checkedInAt
    createdAt
    organiser {
      id
      name
    }
    team {
      id
      name
    }
  }
`);

graphql(`
  fragment StationClosureFields on ZoneClosure {
    id
    startsAt
    endsAt
    reason
    reopenedAt
    createdAt
  }
`);
