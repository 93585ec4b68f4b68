import { gql, type TypedDocumentNode } from "@apollo/client";
import type { BookingStatus, ZoneKind } from "./labels";

export interface ZoneRow {
  id: string;
  name: string;
  kind: ZoneKind;
  capacity: number;
  exclusive: boolean;
  requiresApproval: boolean;
}

export interface OpeningHoursRow {
  weekday: number;
  opens: string;
  closes: string;
}

export const ZONES: TypedDocumentNode<{ zones: ZoneRow[] }, Record<string, never>> = gql`
  query Zones {
    zones {
      id
      name
      kind
      capacity
      exclusive
      requiresApproval
    }
  }
`;

export interface ZoneWithHours extends ZoneRow {
  openingHours: OpeningHoursRow[];
}

export const ZONES_WITH_HOURS: TypedDocumentNode<{ zones: ZoneWithHours[] }, Record<string, never>> = gql`
  query ZonesWithHours {
    zones {
      id
      name
      kind
      capacity
      exclusive
      requiresApproval
      openingHours {
        weekday
        opens
        closes
      }
    }
  }
`;

export interface ZoneUtilisationRow {
  zone: { id: string; name: string; kind: ZoneKind };
  openMinutes: number;
  bookedMinutes: number;
  rate: number | null;
}

export const ZONE_UTILISATION: TypedDocumentNode<{ zoneUtilisation: ZoneUtilisationRow[] }, { from: string; to: string }> = gql`
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
`;

/** A booking as the calendar, the queues and the lists show it. */
export interface BookingRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  attendees: number;
  status: BookingStatus;
  seriesId: string | null;
  decisionNote: string | null;
  checkedInAt: string | null;
  createdAt: string;
  organiser: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
}

export const BOOKING_FIELDS = gql`
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
`;

export interface ClosureRow {
  id: string;
  startsAt: string;
  endsAt: string;
  reason: string;
  reopenedAt: string | null;
  createdAt: string;
}

export interface ZoneWeekData {
  zone:
    | (ZoneWithHours & {
        bookings: BookingRow[];
        closures: ClosureRow[];
      })
    | null;
}

/** One zone with its bookings and closures over a window (a calendar week). */
export const ZONE_WEEK: TypedDocumentNode<ZoneWeekData, { id: string; from: string; to: string }> = gql`
  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {
    zone(id: $id) {
      id
      name
      kind
      capacity
      exclusive
      requiresApproval
      openingHours {
        weekday
        opens
        closes
      }
      bookings(from: $from, to: $to) {
        ...StationBookingFields
      }
      closures(from: $from, to: $to) {
        id
        startsAt
        endsAt
        reason
        reopenedAt
        createdAt
      }
    }
  }
  ${BOOKING_FIELDS}
`;

export interface FreeSlotRow {
  startsAt: string;
  endsAt: string;
  freeCapacity: number;
}

export const FREE_SLOTS: TypedDocumentNode<{ zone: { id: string; freeSlots: FreeSlotRow[] } | null }, { id: string; date: string }> = gql`
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
`;
