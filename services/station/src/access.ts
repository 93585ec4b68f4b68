import { forbidden, hasAnyRole, type Role, type Viewer } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";

/*
 * Every role and ownership rule of the station subgraph. Resolvers read their role lists from ACCESS
 * (`@Authorized(...ACCESS.bookZone)`); services call the functions below for rules that depend on the row.
 */

/** Every role that acts as a person; INTEGRATOR is read-only and is refused by mutations. */
const PEOPLE: readonly Role[] = ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"];
/** Station staff (or ADMIN) run the station: approvals, closures, the visitor log, booking for anyone or a team. */
const STAFF: readonly Role[] = ["STATION_STAFF"];
/** Who reads the visitor log: the station and the community's offices. */
const REPORT_READERS: readonly Role[] = ["STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE"];

/** The roles allowed on each guarded root field; an empty list means any signed-in caller. */
export const ACCESS = {
  myBookings: [],
  pendingBookings: STAFF,
  bookZone: PEOPLE,
  approveBooking: STAFF,
  rejectBooking: STAFF,
  cancelBooking: PEOPLE,
  checkInBooking: PEOPLE,
  sweepNoShows: STAFF,
  closeZone: STAFF,
  reopenZone: STAFF,
  postItem: PEOPLE,
  claimItem: PEOPLE,
  handOverItem: PEOPLE,
  withdrawItem: PEOPLE,
  visitorLog: REPORT_READERS,
  visitorSummary: [...REPORT_READERS, "INTEGRATOR"],
  recordVisitors: STAFF,
  deleteVisitorLogEntry: STAFF,
} as const satisfies Record<string, readonly Role[]>;

const isStationStaff = (viewer: Viewer) => hasAnyRole(viewer, STAFF);

/** Station staff, or the person the row belongs to (the organiser of a booking, the owner of an item). */
export function requireStaffOrPerson(viewer: Viewer, personId: string | null, reason: "NOT_ORGANISER" | "NOT_ITEM_OWNER"): void {
  if (isStationStaff(viewer)) return;
  if (viewer.personId && viewer.personId === personId) return;
  throw forbidden(reason, reasonMessage(STATION_REASONS[reason]));
}

/** Who a booking is for: residents book for themselves, station staff for anyone or a team. */
export function organiserOfBooking(viewer: Viewer, wanted: { organiserId?: string | null; teamId?: string | null }): string | null {
  if (isStationStaff(viewer)) return wanted.organiserId ?? (wanted.teamId ? null : viewer.personId);
  if (!viewer.personId) throw forbidden("PERSON_REQUIRED", reasonMessage(STATION_REASONS.PERSON_REQUIRED));
  if (wanted.organiserId && wanted.organiserId !== viewer.personId) {
    throw forbidden("BOOK_FOR_SELF_ONLY", reasonMessage(STATION_REASONS.BOOK_FOR_SELF_ONLY));
  }
  if (wanted.teamId) throw forbidden("TEAM_BOOKING_STAFF_ONLY", reasonMessage(STATION_REASONS.TEAM_BOOKING_STAFF_ONLY));
  return viewer.personId;
}

/** Residents post their own items; station staff post for anyone. */
export function requireMayPostFor(viewer: Viewer, ownerId: string): void {
  if (ownerId !== viewer.personId && !isStationStaff(viewer)) {
    throw forbidden("POST_FOR_SELF_ONLY", reasonMessage(STATION_REASONS.POST_FOR_SELF_ONLY));
  }
}

/** Residents claim for themselves; station staff claim for anyone. */
export function requireMayClaimFor(viewer: Viewer, claimantId: string): void {
  if (claimantId !== viewer.personId && !isStationStaff(viewer)) {
    throw forbidden("CLAIM_FOR_SELF_ONLY", reasonMessage(STATION_REASONS.CLAIM_FOR_SELF_ONLY));
  }
}
