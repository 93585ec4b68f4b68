import { IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MAX_VISITORS_PER_ENTRY, VISITOR_NOTE_MAX_LENGTH } from "@dongting/domain/station";
import { VisitorGroup } from "../domain/visitors.js";

@InputType()
export class RecordVisitorsInput {
  @Field(() => ID)
  @IsUUID("all", { message: "zoneId must be an id returned by this API" })
  zoneId: string;

  @Field({ description: "Local date YYYY-MM-DD, today or earlier." })
  visitedOn: string;

  @Field(() => VisitorGroup)
  group: VisitorGroup;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_VISITORS_PER_ENTRY)
  visitors: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISITOR_NOTE_MAX_LENGTH)
  note?: string | null;
}
