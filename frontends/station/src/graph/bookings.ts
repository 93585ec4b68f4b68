import { graphql } from "../gql";
import type { PendingBookingsQuery } from "../gql/graphql";

export const PENDING_BOOKINGS = graphql(`
  query PendingBookings($first: Int!, $after: String, $communityId: ID) {
    pendingBookings(first: $first, after: $after, communityId: $communityId) {
      edges {
        cursor
        node {
          ...StationBookingFields
          zone {
            id
            name
            kind
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** A booking with its zone: the approval queue and one's own bookings. */
export type BookingWithZone = PendingBookingsQuery["pendingBookings"]["edges"][number]["node"];

/** The approval queue's length, for the badge in the station's menu. */
export const PENDING_COUNT = graphql(`
  query StationPendingCount($communityId: ID) {
    pendingBookings(first: 1, communityId: $communityId) {
      totalCount
    }
  }
`);

export const MY_BOOKINGS = graphql(`
  query MyBookings($first: Int!, $after: String, $includePast: Boolean!) {
    myBookings(first: $first, after: $after, includePast: $includePast) {
      edges {
        cursor
        node {
          ...StationBookingFields
          zone {
            id
            name
            kind
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** Every zone's bookings over a window (today, for the check-in list). */
export const DAY_BOOKINGS = graphql(`
  query DayBookings($from: DateTime!, $to: DateTime!, $communityId: ID) {
    zones(communityId: $communityId) {
      id
      name
      kind
      requiresApproval
      bookings(from: $from, to: $to) {
        ...StationBookingFields
      }
    }
  }
`);

/** The booking a refused booking collides with (it may lie outside the week on screen). */
export const CONFLICTING_BOOKING = graphql(`
  query ConflictingBooking($id: ID!) {
    booking(id: $id) {
      id
      title
      startsAt
      endsAt
    }
  }
`);

export const BOOK_ZONE = graphql(`
  mutation BookZone($input: BookZoneInput!) {
    bookZone(input: $input) {
      ...StationBookingFields
    }
  }
`);

export const APPROVE_BOOKING = graphql(`
  mutation ApproveBooking($id: ID!) {
    approveBooking(id: $id) {
      ...StationBookingFields
    }
  }
`);

export const REJECT_BOOKING = graphql(`
  mutation RejectBooking($id: ID!, $reason: String!) {
    rejectBooking(id: $id, reason: $reason) {
      ...StationBookingFields
    }
  }
`);

export const CANCEL_BOOKING = graphql(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      ...StationBookingFields
    }
  }
`);

export const CHECK_IN_BOOKING = graphql(`
  mutation CheckInBooking($id: ID!) {
    checkInBooking(id: $id) {
      ...StationBookingFields
    }
  }
`);

export const SWEEP_NO_SHOWS = graphql(`
  mutation SweepNoShows {
    sweepNoShows
  }
`);
