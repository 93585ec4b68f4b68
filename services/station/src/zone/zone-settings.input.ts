import { ArrayMaxSize } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "One opening interval in local time: weekday 1 = Monday .. 7 = Sunday, HH:mm (24:00 for midnight)." })
export class OpeningHoursInput {
  @Field(() => Int)
  weekday: number;

  /** Checked as exactly HH:mm by parseOpeningHours (INVALID_OPENING_HOURS), so no length cap of its own. */
  @Field()
  opens: string;

  @Field()
  closes: string;
}

@InputType({ description: "What station staff change on a zone; a field left out keeps its value. openingHours replaces the week." })
export class ZoneSettingsInput {
  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true })
  exclusive?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  requiresApproval?: boolean | null;

  @Field(() => [OpeningHoursInput], { nullable: true })
  // Several intervals a day (closed at lunch) for seven days; more is no opening schedule.
  @ArrayMaxSize(7 * 6)
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Int, { nullable: true })
  minMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  bufferMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  minNoticeHours?: number | null;

  @Field(() => Int, { nullable: true })
  maxDaysAhead?: number | null;
}
