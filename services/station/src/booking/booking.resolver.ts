import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { PersonReference } from "../references/person-reference.js";
import { VolunteerTeamReference } from "../references/volunteer-team-reference.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { myBookings, pendingBookings } from "./booking-pages.service.js";
import { approveBooking, cancelBooking, checkInBooking, rejectBooking } from "./booking-status.service.js";
import { Booking } from "./booking.entity.js";
import { BookZoneInput } from "./booking.input.js";
import { bookingById } from "./booking.loader.js";
import { bookOccurrences, bookZone } from "./booking.service.js";
import { updateBooking } from "./booking-move.service.js";
import { cancelSeries } from "./booking-series.service.js";
import { SeriesBooking } from "./series-booking.type.js";
import { BookingConnection } from "./booking.type.js";
import { sweepNoShows, sweptCommunities } from "./no-show-sweep.service.js";

@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => Booking, { nullable: true })
  booking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking | null> {
    return bookingById(ctx).load(id);
  }

  @Authorized(...ACCESS.myBookings)
  @Query(() => BookingConnection, { description: "The signed-in person's bookings, soonest first; past ones only with includePast." })
  myBookings(
    @Ctx() ctx: SubgraphContext,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("includePast", { defaultValue: false }) includePast?: boolean,
    @Arg("communityId", () => ID, { nullable: true, description: "Only bookings of this community's zones." }) communityId?: string,
  ): Promise<BookingConnection> {
    return myBookings(ctx, first, after, includePast ?? false, communityId);
  }

  @Authorized(...ACCESS.pendingBookings)
  @Query(() => BookingConnection, {
    description: "The approval queue: PENDING bookings of the stations the viewer runs (or of communityId among them), soonest first.",
  })
  pendingBookings(
    @Ctx() ctx: SubgraphContext,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("communityId", () => ID, { nullable: true }) communityId?: string,
  ): Promise<BookingConnection> {
    return pendingBookings(ctx, first, after, communityId);
  }

  @FieldResolver(() => Zone)
  zone(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(booking.zoneId);
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  organiser(@Root() booking: Booking): PersonReference | null {
    return refTo(booking.organiserId);
  }

  @FieldResolver(() => VolunteerTeamReference, { nullable: true })
  team(@Root() booking: Booking): VolunteerTeamReference | null {
    return refTo(booking.teamId);
  }

  @Authorized(...ACCESS.bookZone)
  @Mutation(() => [Booking], {
    description: "Refused with CONFLICT on overlap (exclusive zone), over capacity (shared zone), outside opening hours or in a closure.",
  })
  bookZone(@Arg("input", () => BookZoneInput) input: BookZoneInput, @Ctx() ctx: SubgraphContext): Promise<Booking[]> {
    return bookZone(ctx, input);
  }

  @Authorized(...ACCESS.approveBooking)
  @Mutation(() => Booking)
  approveBooking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return approveBooking(ctx, id);
  }

  @Authorized(...ACCESS.rejectBooking)
  @Mutation(() => Booking)
  rejectBooking(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return rejectBooking(ctx, id, reason);
  }

  @Authorized(...ACCESS.cancelBooking)
  @Mutation(() => Booking, { description: "By the organiser or station staff, before the booking ends." })
  cancelBooking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return cancelBooking(ctx, id);
  }

  @Authorized(...ACCESS.checkInBooking)
  @Mutation(() => Booking, { description: "By the organiser or station staff, from 15 minutes before the start to 30 minutes after it." })
  checkInBooking(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return checkInBooking(ctx, id);
  }

  @Authorized(...ACCESS.sweepNoShows)
  @Mutation(() => Int, {
    description:
      "Marks bookings not checked in 30 minutes after their start NO_SHOW (REJECTED if never approved), freeing their zones, in the stations the viewer runs. Returns how many.",
  })
  async sweepNoShows(@Ctx() ctx: SubgraphContext): Promise<number> {
    return sweepNoShows(ctx.db, ctx.clock.now(), ctx.viewer.personId, await sweptCommunities(ctx));
  }

  @Authorized(...ACCESS.updateBooking)
  @Mutation(() => Booking, { description: "Same rules as bookZone; an approval zone goes back to PENDING." })
  updateBooking(
    @Arg("id", () => ID) id: string,
    @Arg("startsAt") startsAt: Date,
    @Arg("endsAt") endsAt: Date,
    @Arg("attendees", () => Int) attendees: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Booking> {
    return updateBooking(ctx, id, startsAt, endsAt, attendees);
  }

  @Authorized(...ACCESS.cancelSeries)
  @Mutation(() => [Booking], { description: "Cancels the series' bookings from this instant on." })
  cancelSeries(@Arg("seriesId", () => ID) seriesId: string, @Arg("from") from: Date, @Ctx() ctx: SubgraphContext): Promise<Booking[]> {
    return cancelSeries(ctx, seriesId, from);
  }

  @Authorized(...ACCESS.bookSeries)
  @Mutation(() => SeriesBooking, {
    description: "bookZone's weekly series; with skipConflicts the clashing dates are left out and answered.",
  })
  bookSeries(
    @Arg("input", () => BookZoneInput) input: BookZoneInput,
    @Arg("skipConflicts") skipConflicts: boolean,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SeriesBooking> {
    return bookOccurrences(ctx, input, skipConflicts);
  }
}
