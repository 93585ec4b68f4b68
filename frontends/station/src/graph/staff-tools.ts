import { graphql } from "../gql";
import type { ZoneSettingsQuery, ZoneWaitlistQuery } from "../gql/graphql";

/** A zone's settings as the settings page edits them. */
export const ZONE_SETTINGS = graphql(`
  query ZoneSettings($id: ID!) {
    zone(id: $id) {
      ...StationZoneSettingsFields
    }
  }
`);

graphql(`
  fragment StationZoneSettingsFields on Zone {
    id
    name
    kind
    capacity
    exclusive
    requiresApproval
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
  }
`);

export type ZoneSettingsRow = NonNullable<ZoneSettingsQuery["zone"]>;

export const UPDATE_ZONE = graphql(`
  mutation UpdateZoneSettings($id: ID!, $input: ZoneSettingsInput!) {
    updateZone(id: $id, input: $input) {
      ...StationZoneSettingsFields
    }
  }
`);

export const UPDATE_BOOKING = graphql(`
  mutation UpdateBooking($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {
    updateBooking(id: $id, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {
      ...StationBookingFields
    }
  }
`);

export const CANCEL_SERIES = graphql(`
  mutation CancelSeries($seriesId: ID!, $from: DateTime!) {
    cancelSeries(seriesId: $seriesId, from: $from) {
      id
      status
    }
  }
`);

export const BOOK_SERIES = graphql(`
  mutation BookSeries($input: BookZoneInput!, $skipConflicts: Boolean!) {
    bookSeries(input: $input, skipConflicts: $skipConflicts) {
      bookings {
        ...StationBookingFields
      }
      skipped
    }
  }
`);

export const JOIN_WAITLIST = graphql(`
  mutation JoinWaitlist($zoneId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {
    joinWaitlist(zoneId: $zoneId, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {
      id
      startsAt
      endsAt
    }
  }
`);

export const ZONE_WAITLIST = graphql(`
  query ZoneWaitlist($zoneId: ID!, $from: DateTime!, $to: DateTime!) {
    waitlist(zoneId: $zoneId, from: $from, to: $to) {
      id
      startsAt
      endsAt
      attendees
      person {
        id
        name
      }
      booking {
        id
        status
      }
    }
  }
`);

export type WaitlistRow = ZoneWaitlistQuery["waitlist"][number];

export const RESET_ZONE_CALENDAR_FEED = graphql(`
  mutation ResetZoneCalendarFeed {
    resetZoneCalendarFeed
  }
`);
