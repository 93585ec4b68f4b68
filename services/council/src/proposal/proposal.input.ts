import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { PROPOSAL_BODY_MAX, PROPOSAL_TITLE_MAX, RULE_TEXT_MAX, RULE_TITLE_MAX } from "@dongting/domain/council";

@InputType()
export class ProposalInput {
  @Field()
  @MaxLength(PROPOSAL_TITLE_MAX)
  title: string;

  @Field()
  @MaxLength(PROPOSAL_BODY_MAX)
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "residentClassId must be a class id returned by this API" })
  residentClassId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "sourceRequestId must be a request id returned by this API" })
  sourceRequestId?: string | null;

  @Field(() => ID, { nullable: true, description: "Amend this rule; with neither ruleId nor ruleTitle the proposal adopts no rule." })
  @IsOptional()
  @IsUUID("all", { message: "ruleId must be a rule id returned by this API" })
  ruleId?: string | null;

  @Field(() => String, { nullable: true, description: "Create a new rule with this title." })
  @IsOptional()
  @MaxLength(RULE_TITLE_MAX)
  ruleTitle?: string | null;

  @Field(() => String, { nullable: true, description: "The rule text the proposal would adopt." })
  @IsOptional()
  @MaxLength(RULE_TEXT_MAX)
  ruleText?: string | null;
}
