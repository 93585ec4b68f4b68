import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Booking } from "../booking/booking.entity.js";
import { bookingById } from "../booking/booking.loader.js";
import { PersonReference } from "../references/person-reference.js";
import { Zone } from "../zone/zone.entity.js";
import { zoneById } from "../zone/zone.loader.js";
import { WaitlistEntry } from "./waitlist-entry.entity.js";
import { joinWaitlist, listWaitlist } from "./waitlist.service.js";

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Authorized(...ACCESS.waitlist)
  @Query(() => [WaitlistEntry], {
    description:
      "Entries of a zone overlapping the window (at most 100 days), first come first: staff of its community see all, others their own.",
  })
  waitlist(
    @Arg("zoneId", () => ID) zoneId: string,
    @Arg("from") from: Date,
    @Arg("to") to: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WaitlistEntry[]> {
    return listWaitlist(ctx, zoneId, from, to);
  }

  @Authorized(...ACCESS.joinWaitlist)
  @Mutation(() => WaitlistEntry, {
    description: "Wait for the zone at this time; a cancelled or rejected booking there hands its slot to the first entry that fits.",
  })
  joinWaitlist(
    @Arg("zoneId", () => ID) zoneId: string,
    @Arg("startsAt") startsAt: Date,
    @Arg("endsAt") endsAt: Date,
    @Arg("attendees", () => Int) attendees: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WaitlistEntry> {
    return joinWaitlist(ctx, zoneId, { startsAt, endsAt }, attendees);
  }

  @FieldResolver(() => Zone)
  zone(@Root() entry: WaitlistEntry, @Ctx() ctx: SubgraphContext): Promise<Zone | null> {
    return zoneById(ctx).load(entry.zoneId);
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  person(@Root() entry: WaitlistEntry): PersonReference | null {
    return refTo(entry.personId);
  }

  @FieldResolver(() => Booking, { nullable: true, description: "Set once the entry became a booking." })
  booking(@Root() entry: WaitlistEntry, @Ctx() ctx: SubgraphContext): Promise<Booking | null> | null {
    return entry.bookingId ? bookingById(ctx).load(entry.bookingId) : null;
  }
}
