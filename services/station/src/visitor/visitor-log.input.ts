import { IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { MAX_VISITORS_PER_ENTRY, VisitorGroup } from "../domain/visitors.js";

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
  @MaxLength(400)
  note?: string | null;
}
