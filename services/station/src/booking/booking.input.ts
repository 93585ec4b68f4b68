import { IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MAX_WEEKLY_OCCURRENCES } from "../domain/booking-rules.js";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class BookZoneInput {
  @Field(() => ID)
  @IsUUID("all", { message: `zoneId ${ID_MESSAGE}` })
  zoneId: string;

  @Field()
  @MaxLength(200)
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  @Min(1)
  @Max(1000)
  attendees: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `organiserId ${ID_MESSAGE}` })
  organiserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: `teamId ${ID_MESSAGE}` })
  teamId?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: "Book the same time weekly, this many occurrences in all (1 = no repeat). All or nothing.",
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_WEEKLY_OCCURRENCES)
  weeklyOccurrences?: number | null;
}
