import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A stretch of a day during which a zone can still be booked." })
export class FreeSlot {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int, { description: "Attendees that still fit (the whole capacity for a free exclusive zone)." })
  freeCapacity: number;
}
