import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Brackets, type SelectQueryBuilder } from "typeorm";
import {
  checkPageSize,
  decodeKeysetCursor,
  isInstantKey,
  pageOf,
  refTo,
  unauthenticated,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { PEOPLE_ROLES } from "../access.js";
import { clockOf } from "../clock.js";
import { BookingStatus } from "../domain/booking-status.js";
import { PersonRef, VolunteerTeamRef } from "../reference/references.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { Booking } from "./booking.entity.js";
import { BookZoneInput } from "./booking.input.js";
import { bookingById } from "./booking.loader.js";
import { approveBooking, bookZone, cancelBooking, checkInBooking, rejectBooking, sweepNoShows } from "./booking.service.js";
import { BookingConnection } from "./booking.types.js";

/** Keyset page over bookings ordered by (starts_at, id). */
async function pageBookings(
  query: SelectQueryBuilder<Booking>,
  first: number,
  after: string | null | undefined,
): Promise<BookingConnection> {
  checkPageSize(first);
  const totalCount = await query.clone().getCount();
  if (after) {
    const cursor = decodeKeysetCursor(after, isInstantKey);
    const startsAt = new Date(cursor.sortKey);
    query.andWhere(
      new Brackets((q) =>
        q
          .where("b.starts_at > :cursorAt", { cursorAt: startsAt })
          .orWhere("b.starts_at = :cursorAt AND b.id > :cursorId", { cursorId: cursor.id }),
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

@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => Booking, { nullable: true })
  booking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking | null> {
    return bookingById(ctx).load(id);
  }

  @Authorized()
  @Query(() => BookingConnection, { description: "The signed-in person's bookings, soonest first; past ones only with includePast." })
  myBookings(
    @Ctx() ctx: SubgraphContext,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("includePast", { defaultValue: false }) includePast?: boolean,
  ): Promise<BookingConnection> {
    if (!ctx.viewer.personId) throw unauthenticated("请以本人身份登录 (sign in as a person)");
    const query = ctx.db.manager.createQueryBuilder(Booking, "b").where("b.organiser_id = :me", { me: ctx.viewer.personId });
    if (!includePast) query.andWhere("b.ends_at > :now", { now: clockOf(ctx.db).now() });
    return pageBookings(query, first, after);
  }

  @Authorized("STATION_STAFF")
  @Query(() => BookingConnection, { description: "The approval queue: PENDING bookings, soonest first." })
  pendingBookings(
    @Ctx() ctx: SubgraphContext,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<BookingConnection> {
    const query = ctx.db.manager.createQueryBuilder(Booking, "b").where("b.status = :status", { status: BookingStatus.PENDING });
    return pageBookings(query, first, after);
  }

  @FieldResolver(() => Zone)
  zone(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(booking.zoneId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  organiser(@Root() booking: Booking): PersonRef | null {
    return refTo(booking.organiserId);
  }

  @FieldResolver(() => VolunteerTeamRef, { nullable: true })
  team(@Root() booking: Booking): VolunteerTeamRef | null {
    return refTo(booking.teamId);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => [Booking], {
    description: "Refused with CONFLICT on overlap (exclusive zone), over capacity (shared zone), outside opening hours or in a closure.",
  })
  bookZone(@Arg("input", () => BookZoneInput) input: BookZoneInput, @Ctx() ctx: SubgraphContext): Promise<Booking[]> {
    return bookZone(ctx, input);
  }

  @Authorized("STATION_STAFF")
  @Mutation(() => Booking)
  approveBooking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return approveBooking(ctx, id);
  }

  @Authorized("STATION_STAFF")
  @Mutation(() => Booking)
  rejectBooking(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return rejectBooking(ctx, id, reason);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => Booking, { description: "By the organiser or station staff, before the booking ends." })
  cancelBooking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return cancelBooking(ctx, id);
  }

  @Authorized(...PEOPLE_ROLES)
  @Mutation(() => Booking, { description: "By the organiser or station staff, from 15 minutes before the start to 30 minutes after it." })
  checkInBooking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return checkInBooking(ctx, id);
  }

  @Authorized("STATION_STAFF")
  @Mutation(() => Int, {
    description:
      "Marks bookings not checked in 30 minutes after their start NO_SHOW (REJECTED if never approved), freeing their zones. Returns how many.",
  })
  sweepNoShows(@Ctx() ctx: SubgraphContext): Promise<number> {
    return sweepNoShows(ctx.db, clockOf(ctx.db).now(), ctx.viewer.personId);
  }
}

export const bookingReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => bookingById(ctx).load(reference.id),
};
