import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

/** Lengths, capacity and time order are checked by the service (domain/shift-rules.ts) after trimming. */
@InputType()
export class CreateShiftInput {
  @Field(() => ID)
  @IsUUID("all", { message: "teamId must be an id returned by this API" })
  teamId: string;

  @Field()
  @MaxLength(300)
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  capacity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string | null;
}
