import { graphql } from "./gql";
import type {
  StationBookingFieldsFragment,
  StationClosureFieldsFragment,
  StationZoneFieldsFragment,
  ZoneUtilisationQuery,
  ZonesWithHoursQuery,
} from "./gql/graphql";

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

export const ZONES = graphql(`
  query Zones {
    zones {
      ...StationZoneFields
    }
  }
`);

export const ZONES_WITH_HOURS = graphql(`
  query ZonesWithHours {
    zones {
      ...StationZoneFields
      openingHours {
        weekday
        opens
        closes
      }
    }
  }
`);

export type ZoneWithHours = ZonesWithHoursQuery["zones"][number];

export const ZONE_UTILISATION = graphql(`
  query ZoneUtilisation($from: DateTime!, $to: DateTime!) {
    zoneUtilisation(from: $from, to: $to) {
      zone {
        id
        name
        kind
      }
      openMinutes
      bookedMinutes
      rate
    }
  }
`);

export type ZoneUtilisationRow = ZoneUtilisationQuery["zoneUtilisation"][number];

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

/** One zone with its bookings and closures over a window (a calendar week). */
export const ZONE_WEEK = graphql(`
  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {
    zone(id: $id) {
      ...StationZoneFields
      openingHours {
        weekday
        opens
        closes
      }
      bookings(from: $from, to: $to) {
        ...StationBookingFields
      }
      closures(from: $from, to: $to) {
        ...StationClosureFields
      }
    }
  }
`);

export const FREE_SLOTS = graphql(`
  query ZoneFreeSlots($id: ID!, $date: String!) {
    zone(id: $id) {
      id
      freeSlots(date: $date) {
        startsAt
        endsAt
        freeCapacity
      }
    }
  }
`);
