import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A department's evaluations in a window: their number and average scores." })
export class DepartmentEvaluationSummary {
  @Field()
  department: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  averageResponseSpeed: number;

  @Field(() => Float)
  averageQuality: number;
}
