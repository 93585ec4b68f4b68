import { Field, Float, Int, ObjectType } from "type-graphql";
import { Zone } from "../zone/zone.entity.js";

@ObjectType({ description: "How much of a zone's open time was booked in a window." })
export class ZoneUtilisation {
  @Field(() => Zone)
  zone: Zone;

  @Field(() => Int, { description: "Minutes the zone was open: its weekly opening hours in the window, minus closures." })
  openMinutes: number;

  @Field(() => Int, {
    description:
      "Open minutes during which the zone held at least one CONFIRMED or CHECKED_IN booking (overlaps in a shared zone count once).",
  })
  bookedMinutes: number;

  @Field(() => Float, { nullable: true, description: "bookedMinutes / openMinutes; null when the zone was never open." })
  rate: number | null;
}
