import {
  forbidden,
  hasAnyRole,
  isIntegrator,
  reachOf,
  reaches,
  type Grantee,
  type Reach,
  type ReadPolicy,
  type Role,
  type SubgraphContext,
  type Viewer,
} from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import type { Booking } from "./booking/booking.entity.js";
import { bookingById } from "./booking/booking.loader.js";
import type { ExchangeItem } from "./exchange/exchange-item.entity.js";
import { itemById } from "./exchange/exchange-item.loader.js";
import type { VisitorLogEntry } from "./visitor/visitor-log.entity.js";
import type { WaitlistEntry } from "./waitlist/waitlist-entry.entity.js";

/*
 * Every role, ownership and field-read rule of the station subgraph. Resolvers read their role lists from
 * ACCESS (`@Authorized(...ACCESS.bookZone)`); services call the functions below for rules that depend on the
 * row; READ_POLICY says who reads which field, and the kit enforces it on root fields, nested fields and
 * `_entities` alike.
 */

/** Every role that acts as a person; INTEGRATOR is read-only and is refused by mutations. */
const PEOPLE: readonly Role[] = ["RESIDENT", "VOLUNTEER", "GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"];
/** Station staff (or ADMIN) run the station: approvals, closures, the visitor log, booking for anyone or a team. */
const STAFF: readonly Role[] = ["STATION_STAFF"];
/** Who reads the station's figures (visitor counts, utilisation): the station and the community's offices. */
const REPORT_READERS: readonly Role[] = ["STATION_STAFF", "COMMUNITY_STAFF", "PARTY_COMMITTEE"];
/**
 * The figures without personal data also go to INTEGRATOR (district systems, data teams); the visitor log's
 * notes and who recorded an entry stay with station staff (READ_POLICY.VisitorLogEntry).
 */
const FIGURE_READERS: readonly Role[] = [...REPORT_READERS, "INTEGRATOR"];

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
  /** Counts per day, zone and group; the notes and who recorded them are READ_POLICY's (station staff). */
  visitorLog: FIGURE_READERS,
  visitorSummary: FIGURE_READERS,
  /** Minutes open and booked per zone: nobody's data, but management figures rather than a public page. */
  zoneUtilisation: FIGURE_READERS,
  recordVisitors: STAFF,
  deleteVisitorLogEntry: STAFF,
  /** Zone settings: staff of the zone's community (requireStaffIn). */
  updateZone: STAFF,
  /** The organiser or staff of the zone's community (requireStaffOrPerson), as cancelBooking. */
  updateBooking: PEOPLE,
  cancelSeries: PEOPLE,
  bookSeries: PEOPLE,
  /** People wait for themselves; the list answers staff every entry of their communities, others their own. */
  joinWaitlist: PEOPLE,
  waitlist: PEOPLE,
  /** A feed of the zones of the communities the staff member runs; zoneCalendar itself is public (token-guarded). */
  resetZoneCalendarFeed: STAFF,
} as const satisfies Record<string, readonly Role[]>;

const isStationStaff = (viewer: Viewer) => !isIntegrator(viewer) && hasAnyRole(viewer, STAFF);
const isPerson = (viewer: Viewer, personId: string | null) => !!viewer.personId && viewer.personId === personId;

/**
 * Where the viewer runs a station: their STATION_STAFF (or ADMIN) reach, or null when they are no station
 * staff. `write` leaves STREET grants out (street staff read, communities act). Resolve it before a
 * transaction opens: it may need a statement of its own, and the embedded database has one session.
 */
export const staffReach = (ctx: SubgraphContext, mode: "read" | "write"): Promise<Reach | null> =>
  isStationStaff(ctx.viewer) ? reachOf(ctx, STAFF, mode) : Promise.resolve(null);

/** Station staff where `communityId` is, per `reach` (from `staffReach`), else FORBIDDEN / OUT_OF_SCOPE. */
export function requireStaffIn(reach: Reach | null, communityId: string): void {
  if (!reach || !reaches(reach, { communityId })) throw forbidden("OUT_OF_SCOPE", reasonMessage(STATION_REASONS.OUT_OF_SCOPE));
}

/**
 * The booker (the person a booking is for) or station staff of its community: who reads a booking's title
 * and who booked it, in a refusal's message as in its fields (READ_POLICY.Booking grants the same).
 */
export const mayReadBookingDetails = (
  viewer: Viewer,
  readReach: Reach | null,
  booking: { organiserId: string | null; communityId: string },
): boolean => isPerson(viewer, booking.organiserId) || (!!readReach && reaches(readReach, { communityId: booking.communityId }));

/** The row a field is read on, or (an `_entities` representation holds only the id) the row loaded by id, batched. */
const bookingOf = (object: Booking | { id: string }, ctx: SubgraphContext): Promise<Booking | null> | Booking =>
  "organiserId" in object ? object : bookingById(ctx).load(object.id);
const itemOf = (object: ExchangeItem | { id: string }, ctx: SubgraphContext): Promise<ExchangeItem | null> | ExchangeItem =>
  "ownerId" in object ? object : itemById(ctx).load(object.id);

const communityOf = (row: { communityId: string } | null) => (row ? { communityId: row.communityId } : null);

/** Anyone signed in, INTEGRATOR included: facts about a row that name no one (times, statuses, counts). */
const SIGNED_IN: readonly Grantee[] = ["SIGNED_IN"];
/** The booking's two parties: the person it is for, and the staff who run the station. */
const BOOKING_PARTIES: readonly Grantee[] = ["booker", ...STAFF];
/** An exchange item's parties: who posted it, who claimed it (each must know the other to hand it over), staff. */
const ITEM_PARTIES: readonly Grantee[] = ["poster", "claimant", ...STAFF];

const WAITERS: readonly Grantee[] = ["waiter", ...STAFF];

export const READ_POLICY: ReadPolicy = {
  relations: {
    booker: async (booking, viewer, ctx) => isPerson(viewer, (await bookingOf(booking, ctx))?.organiserId ?? null),
    poster: async (item, viewer, ctx) => isPerson(viewer, (await itemOf(item, ctx))?.ownerId ?? null),
    claimant: async (item, viewer, ctx) => isPerson(viewer, (await itemOf(item, ctx))?.claimantId ?? null),
    /** Waitlist entries reach the resolver whole (no other subgraph resolves one). */
    waiter: (entry, viewer) => isPerson(viewer, (entry as WaitlistEntry).personId ?? null),
  },
  types: {
    // Types with a `place` grant their role grantees (station staff, the community's people) only in the
    // communities where the viewer holds the role: staff of community A do not read B's bookers.
    // Root fields handing out personal rows that no @Authorized guards. myBookings (the viewer's own),
    // pendingBookings (station staff) and visitorLog (FIGURE_READERS) are guarded by ACCESS above.
    Query: {
      fields: {
        /** A booking's slot answers anyone signed in (a refused booking names the one it collides with). */
        booking: SIGNED_IN,
        /** The 百宝箱 board is for the community's people, not the open web; INTEGRATOR counts statuses. */
        exchangeItems: SIGNED_IN,
        exchangeItem: SIGNED_IN,
      },
    },
    Zone: {
      /** The zones, their opening hours, free slots and closures' dates are the station's public notice board. */
      entity: ["PUBLIC"],
      fields: {
        /** Who holds the room when is for people who may book it: busy slots to anyone signed in, never anonymous. */
        bookings: SIGNED_IN,
      },
    },
    ZoneClosure: {
      fields: {
        /**
         * Written by staff for the public, but free text (it may say who is away or ill): the community's people
         * read it; anonymous callers and INTEGRATOR get the dates with the reason redacted.
         */
        reason: { read: PEOPLE, whenDenied: "redact" },
      },
    },
    Booking: {
      personal: true,
      place: async (booking, ctx) => communityOf(await bookingOf(booking, ctx)),
      /** No other subgraph resolves a Booking: the side door opens only to those who may read all of it. */
      entity: BOOKING_PARTIES,
      fields: {
        // A busy slot: when, how long, how many, in which state. It names no one, and free slots (public)
        // already tell as much; INTEGRATOR reads it as times, statuses and counts.
        id: SIGNED_IN,
        startsAt: SIGNED_IN,
        endsAt: SIGNED_IN,
        attendees: SIGNED_IN,
        status: SIGNED_IN,
        seriesId: SIGNED_IN,
        checkedInAt: SIGNED_IN,
        createdAt: SIGNED_IN,
        zone: SIGNED_IN,
        /** Free text that often names the group or person ("王阿姨生日会"): kept non-null, so others read it redacted. */
        title: { read: BOOKING_PARTIES, whenDenied: "redact" },
        /** Who booked it (a person, or the team staff booked for): the booker and staff only. */
        organiser: BOOKING_PARTIES,
        team: BOOKING_PARTIES,
        /** Why staff rejected it, addressed to the booker. */
        decisionNote: BOOKING_PARTIES,
      },
    },
    ExchangeItem: {
      personal: true,
      place: async (item, ctx) => communityOf(await itemOf(item, ctx)),
      /** No other subgraph resolves an ExchangeItem: the side door opens only to its parties and staff. */
      entity: ITEM_PARTIES,
      fields: {
        id: SIGNED_IN,
        status: SIGNED_IN,
        postedAt: SIGNED_IN,
        claimedAt: SIGNED_IN,
        closedAt: SIGNED_IN,
        /** What is on offer is the board itself: the community's people read it; INTEGRATOR gets it redacted. */
        title: { read: PEOPLE, whenDenied: "redact" },
        /** Free text where posters write where and when to collect, often with a phone number: the parties and staff. */
        description: ITEM_PARTIES,
        owner: ITEM_PARTIES,
        claimant: ITEM_PARTIES,
      },
    },
    WaitlistEntry: {
      personal: true,
      place: (entry: WaitlistEntry) => communityOf(entry),
      // Who waits when is the waiter's own business and the station staff's, who hand the slots over.
      fields: Object.fromEntries(["id", "zone", "startsAt", "endsAt", "attendees", "person", "booking"].map((field) => [field, WAITERS])),
    },
    VisitorLogEntry: {
      personal: true,
      place: (entry: VisitorLogEntry) => communityOf(entry),
      fields: {
        // Counts per day, zone and group are the station's figures: FIGURE_READERS, as the root field.
        id: FIGURE_READERS,
        visitedOn: FIGURE_READERS,
        group: FIGURE_READERS,
        visitors: FIGURE_READERS,
        recordedAt: FIGURE_READERS,
        zone: FIGURE_READERS,
        /** Free text about the people served ("外卖骑手王师傅常来充电"): station staff, who write it. */
        note: STAFF,
        /** The staff member who recorded the entry: the station's own staff. */
        recordedBy: STAFF,
      },
    },
  },
};

/**
 * The person the row belongs to (the organiser of a booking, the owner of an item), or station staff of the
 * row's community (`reach` from `staffReach(ctx, "write")`): FORBIDDEN `reason` for others, OUT_OF_SCOPE for
 * staff of another community.
 */
export function requireStaffOrPerson(
  access: { viewer: Viewer; reach: Reach | null },
  row: { personId: string | null; communityId: string },
  reason: "NOT_ORGANISER" | "NOT_ITEM_OWNER",
): void {
  if (access.viewer.personId && access.viewer.personId === row.personId) return;
  if (!isStationStaff(access.viewer)) throw forbidden(reason, reasonMessage(STATION_REASONS[reason]));
  requireStaffIn(access.reach, row.communityId);
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

/** Staff book on someone's behalf (another person or a team): they must run the zone's station. */
export const booksOnBehalf = (viewer: Viewer, organiserId: string | null, teamId: string | null | undefined): boolean =>
  !!teamId || organiserId !== viewer.personId;

/** Is the viewer station staff at all (roles anywhere)? Who may act for others, subject to `requireStaffIn`. */
export const actsAsStaff = isStationStaff;

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
