import { gql, type TypedDocumentNode } from "@apollo/client";
import { BOOKING_FIELDS, type BookingRow, type ZoneRow } from "./zones-query";

export interface BookingWithZone extends BookingRow {
  zone: Pick<ZoneRow, "id" | "name" | "kind">;
}

export interface BookingPage {
  edges: Array<{ cursor: string; node: BookingWithZone }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const PENDING_BOOKINGS: TypedDocumentNode<{ pendingBookings: BookingPage }, { first: number; after?: string | null }> = gql`
  query PendingBookings($first: Int!, $after: String) {
    pendingBookings(first: $first, after: $after) {
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
  ${BOOKING_FIELDS}
`;

/** The approval queue's length, for the badge in the station's menu. */
export const PENDING_COUNT: TypedDocumentNode<{ pendingBookings: { totalCount: number } }, Record<string, never>> = gql`
  query StationPendingCount {
    pendingBookings(first: 1) {
      totalCount
    }
  }
`;

export const MY_BOOKINGS: TypedDocumentNode<
  { myBookings: BookingPage },
  { first: number; after?: string | null; includePast: boolean }
> = gql`
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
  ${BOOKING_FIELDS}
`;

export interface DayBookingsData {
  zones: Array<Pick<ZoneRow, "id" | "name" | "kind" | "requiresApproval"> & { bookings: BookingRow[] }>;
}

/** Every zone's bookings over a window (today, for the check-in list). */
export const DAY_BOOKINGS: TypedDocumentNode<DayBookingsData, { from: string; to: string }> = gql`
  query DayBookings($from: DateTime!, $to: DateTime!) {
    zones {
      id
      name
      kind
      requiresApproval
      bookings(from: $from, to: $to) {
        ...StationBookingFields
      }
    }
  }
  ${BOOKING_FIELDS}
`;

export interface BookZoneVariables {
  input: {
    zoneId: string;
    title: string;
    startsAt: string;
    endsAt: string;
    attendees: number;
    organiserId?: string | null;
    teamId?: string | null;
    weeklyOccurrences?: number | null;
  };
}

export const BOOK_ZONE: TypedDocumentNode<{ bookZone: BookingRow[] }, BookZoneVariables> = gql`
  mutation BookZone($input: BookZoneInput!) {
    bookZone(input: $input) {
      ...StationBookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

type BookingResult<K extends string> = { [key in K]: BookingRow };

export const APPROVE_BOOKING: TypedDocumentNode<BookingResult<"approveBooking">, { id: string }> = gql`
  mutation ApproveBooking($id: ID!) {
    approveBooking(id: $id) {
      ...StationBookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

export const REJECT_BOOKING: TypedDocumentNode<BookingResult<"rejectBooking">, { id: string; reason: string }> = gql`
  mutation RejectBooking($id: ID!, $reason: String!) {
    rejectBooking(id: $id, reason: $reason) {
      ...StationBookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

export const CANCEL_BOOKING: TypedDocumentNode<BookingResult<"cancelBooking">, { id: string }> = gql`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      ...StationBookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

export const CHECK_IN_BOOKING: TypedDocumentNode<BookingResult<"checkInBooking">, { id: string }> = gql`
  mutation CheckInBooking($id: ID!) {
    checkInBooking(id: $id) {
      ...StationBookingFields
    }
  }
  ${BOOKING_FIELDS}
`;

export const SWEEP_NO_SHOWS: TypedDocumentNode<{ sweepNoShows: number }, Record<string, never>> = gql`
  mutation SweepNoShows {
    sweepNoShows
  }
`;

export interface PersonOption {
  id: string;
  name: string;
}

export const SEARCH_PEOPLE: TypedDocumentNode<
  { people: { edges: Array<{ node: PersonOption }> } },
  { search: string; first: number }
> = gql`
  query StationPeople($search: String!, $first: Int!) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

export const TEAMS: TypedDocumentNode<{ volunteerTeams: Array<{ id: string; name: string }> }, Record<string, never>> = gql`
  query StationTeams {
    volunteerTeams {
      id
      name
    }
  }
`;
