import { Field, ObjectType } from "type-graphql";
import { Booking } from "./booking.entity.js";

@ObjectType({ description: "A weekly series as booked by bookSeries." })
export class SeriesBooking {
  @Field(() => [Booking])
  bookings: Booking[];

  @Field(() => [Date], { description: "The dates left out because they clashed (skipConflicts)." })
  skipped: Date[];
}
