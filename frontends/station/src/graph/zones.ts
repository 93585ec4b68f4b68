import { graphql } from "../gql";
import type { ZoneUtilisationQuery, ZoneWeekQuery } from "../gql/graphql";

export const ZONES = graphql(`
  query Zones($communityId: ID) {
    zones(communityId: $communityId) {
      ...StationZoneFields
    }
  }
`);

export const ZONE_UTILISATION = graphql(`
  query ZoneUtilisation($from: DateTime!, $to: DateTime!, $communityId: ID) {
    zoneUtilisation(from: $from, to: $to, communityId: $communityId) {
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

/** One zone with its bookings and closures over a window (a calendar week). */
export const ZONE_WEEK = graphql(`
  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {
    zone(id: $id) {
      ...StationZoneFields
      minMinutes
      maxMinutes
      bufferMinutes
      minNoticeHours
      maxDaysAhead
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

/** A zone as the booking form needs it: its facts, its own booking limits and its opening hours. */
export type ZoneWithHours = Pick<
  NonNullable<ZoneWeekQuery["zone"]>,
  | "id"
  | "name"
  | "kind"
  | "capacity"
  | "exclusive"
  | "requiresApproval"
  | "minMinutes"
  | "maxMinutes"
  | "bufferMinutes"
  | "minNoticeHours"
  | "maxDaysAhead"
  | "openingHours"
>;

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
