import { Brackets, type SelectQueryBuilder } from "typeorm";
import { pageArgs, pageOf, isInstantKey, forbidden, type SubgraphContext } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
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
): Promise<BookingConnection> {
  if (!ctx.viewer.personId) throw forbidden("PERSON_REQUIRED", reasonMessage(STATION_REASONS.PERSON_REQUIRED));
  const query = ctx.db.manager.createQueryBuilder(Booking, "b").where("b.organiser_id = :me", { me: ctx.viewer.personId });
  if (!includePast) query.andWhere("b.ends_at > :now", { now: ctx.clock.now() });
  return pageBookings(query, first, after);
}

/** The approval queue: PENDING bookings, soonest first. */
export function pendingBookings(ctx: SubgraphContext, first: number, after: string | null | undefined): Promise<BookingConnection> {
  const query = ctx.db.manager.createQueryBuilder(Booking, "b").where("b.status = :status", { status: BookingStatus.PENDING });
  return pageBookings(query, first, after);
}
