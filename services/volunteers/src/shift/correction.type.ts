import { Field, Int, ObjectType } from "type-graphql";
import { PersonReference } from "../references/person-reference.js";

/** One correctServiceTime on a sign-up, as the history recorded it (the sign-up's own field rule guards it). */
@ObjectType("ServiceTimeCorrection", { description: "A correction of a sign-up's check-in and check-out, with its reason." })
export class ServiceTimeCorrection {
  @Field()
  at: Date;

  @Field(() => PersonReference, { nullable: true, description: "The leader or staff member who corrected it." })
  by: PersonReference | null;

  @Field()
  reason: string;

  @Field(() => Date, { nullable: true })
  checkedInBefore: Date | null;

  @Field(() => Date, { nullable: true })
  checkedOutBefore: Date | null;

  @Field(() => Int, { description: "The sign-up's minutes before the correction." })
  minutesBefore: number;

  @Field()
  checkedInAfter: Date;

  @Field()
  checkedOutAfter: Date;
}
