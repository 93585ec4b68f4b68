import { IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { BOOKING_TITLE_MAX_LENGTH, MAX_ATTENDEES, MAX_WEEKLY_OCCURRENCES, MIN_ATTENDEES } from "@dongting/domain/station";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class BookZoneInput {
  @Field(() => ID)
  @IsUUID("all", { message: `zoneId ${ID_MESSAGE}` })
  zoneId: string;

  @Field()
  @MaxLength(BOOKING_TITLE_MAX_LENGTH)
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  @Min(MIN_ATTENDEES)
  @Max(MAX_ATTENDEES)
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
