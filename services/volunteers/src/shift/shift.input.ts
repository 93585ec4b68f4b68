import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { SHIFT_CAPACITY_MAX, SHIFT_CAPACITY_MIN, SHIFT_LOCATION_MAX, SHIFT_TITLE_MAX } from "@dongting/domain/volunteers";

/** The service trims the texts, refuses blank ones and checks the time order and length (checkShiftTimes). */
@InputType()
export class CreateShiftInput {
  @Field(() => ID)
  @IsUUID("all", { message: "teamId must be an id returned by this API" })
  teamId: string;

  @Field()
  @MaxLength(SHIFT_TITLE_MAX)
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(SHIFT_CAPACITY_MIN)
  @Max(SHIFT_CAPACITY_MAX)
  capacity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHIFT_LOCATION_MAX)
  location?: string | null;
}

/** Only the fields given change; `location: null` clears it. The service checks the result as createShift does. */
@InputType()
export class UpdateShiftInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHIFT_TITLE_MAX)
  title?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  endsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(SHIFT_CAPACITY_MIN)
  @Max(SHIFT_CAPACITY_MAX)
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHIFT_LOCATION_MAX)
  location?: string | null;
}
