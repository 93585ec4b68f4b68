import { IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DEPARTMENT_NAME_MAX, EVALUATION_COMMENT_MAX, SCORE_MAX, SCORE_MIN } from "@dongting/domain/requests";
import { TextLimit } from "../text-limit.js";

@InputType()
export class DepartmentEvaluationInput {
  /** Blank is refused by the service (TEXT_BLANK) after trimming. */
  @Field()
  @TextLimit(DEPARTMENT_NAME_MAX)
  department: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  requestId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The community evaluating: the request's when there is one, else this, else the evaluator's only community.",
  })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be an id returned by this API" })
  communityId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  responseSpeed: number;

  @Field(() => Int)
  @IsInt()
  @Min(SCORE_MIN)
  @Max(SCORE_MAX)
  quality: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLimit(EVALUATION_COMMENT_MAX)
  comment?: string | null;
}
