import { Field, InputType, Int } from "type-graphql";
import { Urgency } from "@dongting/domain/requests";
import "../request/request-graphql-enums.js";

/** One urgency's deadlines; setCategoryDeadlines checks the set and the hours (DEADLINES_INCOMPLETE, DEADLINE_HOURS_INVALID). */
@InputType()
export class CategoryDeadlineInput {
  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => Int)
  respondHours: number;

  @Field(() => Int)
  resolveHours: number;

  @Field()
  workingTime: boolean;
}
