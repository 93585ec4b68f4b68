import { Field, Int, ObjectType } from "type-graphql";
import { Urgency } from "@dongting/domain/requests";
import "../request/request-graphql-enums.js";

@ObjectType({ description: "Deadlines of one urgency within a category, in hours from submission." })
export class CategoryDeadline {
  @Field(() => Urgency)
  urgency: Urgency;

  @Field(() => Int)
  respondHours: number;

  @Field(() => Int)
  resolveHours: number;
}
