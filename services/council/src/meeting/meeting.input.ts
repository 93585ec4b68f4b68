import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { AGENDA_MAX, MEETING_TITLE_MAX } from "@dongting/domain/council";
import { MeetingKind } from "../domain/enums.js";

@InputType()
export class MeetingInput {
  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field()
  @MaxLength(MEETING_TITLE_MAX)
  title: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "residentClassId must be a class id returned by this API" })
  residentClassId?: string | null;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: "The 议事厅 booking at the Lexiang station." })
  @IsOptional()
  @IsUUID("all", { message: "bookingId must be a booking id returned by this API" })
  bookingId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(AGENDA_MAX)
  @IsUUID("all", { each: true, message: "proposalIds must be proposal ids returned by this API" })
  proposalIds?: string[] | null;
}
