import { Brackets, type SelectQueryBuilder } from "typeorm";
import { forbidden, isInstantKey, pageArgs, pageOf, type SubgraphContext } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { ACCESS } from "../access.js";
import { asCommunityFilter, listedCommunities } from "../community/community-filter.js";

const STAFF_ROLES = ACCESS.pendingBookings;
import { BookingStatus } from "../domain/booking-status.js";
import { Booking } from "./booking.entity.js";
import type { BookingConnection } from "./booking.type.js";

/** Keyset page over bookings ordered by (starts_at, id). */
async function pageBookings(
  query: SelectQueryBuilder<Booking>,
  first: number,
  after: string | null | undefined,
): Promise<BookingConnection> {
  const page = pageArgs(first, after, isInstantKey);
  const totalCount = await query.clone().getCount();
  if (page.after) {
    const cursorAt = new Date(page.after.sortKey);
    query.andWhere(
      new Brackets((q) =>
        q
          .where("b.starts_at > :cursorAt", { cursorAt })
          .orWhere("b.starts_at = :cursorAt AND b.id > :cursorId", { cursorId: page.after!.id }),
      ),
    );
  }
  const rows = await query
    .orderBy("b.starts_at", "ASC")
    .addOrderBy("b.id", "ASC")
    .take(first + 1)
    .getMany();
  return { ...pageOf(rows, first, (booking) => booking.startsAt.toISOString()), totalCount };
}

/** The signed-in person's bookings, soonest first; past ones (ended by the context clock's now) only with includePast. */
export function myBookings(
  ctx: SubgraphContext,
  first: number,
  after: string | null | undefined,
  includePast: boolean,
  communityId?: string | null,
): Promise<BookingConnection> {
  if (!ctx.viewer.personId) throw forbidden("PERSON_REQUIRED", reasonMessage(STATION_REASONS.PERSON_REQUIRED));
  const query = ctx.db.manager.createQueryBuilder(Booking, "b").where("b.organiser_id = :me", { me: ctx.viewer.personId });
  // Their own bookings, wherever they booked: only the optional community filter applies.
  if (communityId) query.andWhere("b.community_id = :communityId", { communityId: asCommunityFilter(communityId) });
  if (!includePast) query.andWhere("b.ends_at > :now", { now: ctx.clock.now() });
  return pageBookings(query, first, after);
}

/** The approval queue: PENDING bookings of the stations the viewer runs (and of `communityId`), soonest first. */
export async function pendingBookings(
  ctx: SubgraphContext,
  first: number,
  after: string | null | undefined,
  communityId?: string | null,
): Promise<BookingConnection> {
  const communities = await listedCommunities(ctx, STAFF_ROLES, communityId);
  const query = ctx.db.manager.createQueryBuilder(Booking, "b").where("b.status = :status", { status: BookingStatus.PENDING });
  if (communities !== "all") query.andWhere("b.community_id = ANY(:communities)", { communities });
  return pageBookings(query, first, after);
}
