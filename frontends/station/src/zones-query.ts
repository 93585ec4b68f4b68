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

export interface ZoneUtilisationData {
  zoneUtilisation: Array<{ zone: { id: string }; openMinutes: number; bookedMinutes: number; rate: number | null }>;
}

export const ZONE_UTILISATION: TypedDocumentNode<ZoneUtilisationData, { from: string; to: string }> = gql`
  query ZoneUtilisation($from: DateTime!, $to: DateTime!) {
    zoneUtilisation(from: $from, to: $to) {
      zone {
        id
      }
      openMinutes
      bookedMinutes
      rate
    }
  }
`;

export interface ZoneBooking {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  attendees: number;
  status: BookingStatus;
  organiser: { id: string; name: string } | null;
}

export interface ZoneDetailData {
  zone:
    | (ZoneRow & {
        openingHours: Array<{ weekday: number; opens: string; closes: string }>;
        bookings: ZoneBooking[];
      })
    | null;
}

export const ZONE_DETAIL: TypedDocumentNode<ZoneDetailData, { id: string; from: string; to: string }> = gql`
  query ZoneDetail($id: ID!, $from: DateTime!, $to: DateTime!) {
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
        id
        title
        startsAt
        endsAt
        attendees
        status
        organiser {
          id
          name
        }
      }
    }
  }
`;

/** [start of today - days, start of today) or [start of today, + days), as ISO strings. */
export function dayWindow(days: number, now: Date = new Date()): { from: string; to: string } {
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const other = new Date(today);
  other.setDate(today.getDate() + days);
  const [from, to] = days < 0 ? [other, today] : [today, other];
  return { from: from.toISOString(), to: to.toISOString() };
}
