import { IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType()
export class DepartmentEvaluationInput {
  /** Checked for 1..60 after trimming in the service. */
  @Field()
  @MaxLength(200)
  department: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  requestId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  responseSpeed: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  quality: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}

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
