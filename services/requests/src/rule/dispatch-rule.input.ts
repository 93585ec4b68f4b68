import { IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { CATEGORY_NAME_MAX, Urgency } from "@dongting/domain/requests";
import { TextLimit } from "../text-limit.js";
import { RULE_POSITION_MAX } from "./dispatch-rule.entity.js";
import "../request/request-graphql-enums.js";

const ID_MESSAGE = "must be an id returned by this API";

@InputType()
export class DispatchRuleInput {
  @Field(() => Int, { description: `1..${RULE_POSITION_MAX}, unique in the unit's community; lower positions are tried first.` })
  @IsInt()
  @Min(1)
  @Max(RULE_POSITION_MAX)
  position: number;

  @Field(() => String, { nullable: true, description: "A category's name; null or absent: any category." })
  @IsOptional()
  @TextLimit(CATEGORY_NAME_MAX)
  category?: string | null;

  @Field(() => ID, { nullable: true, description: "A grid of the unit's community; null or absent: any grid." })
  @IsOptional()
  @IsUUID("all", { message: `gridId ${ID_MESSAGE}` })
  gridId?: string | null;

  @Field(() => ID)
  @IsUUID("all", { message: `unitId ${ID_MESSAGE}` })
  unitId: string;

  @Field(() => Urgency, { nullable: true })
  @IsOptional()
  urgency?: Urgency | null;

  @Field()
  automatic: boolean;
}
