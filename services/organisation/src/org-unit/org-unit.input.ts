import { IsOptional, IsUUID } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CompoundForm, NAME_MAX, OrgUnitKind } from "@dongting/domain/organisation";
import { MaxTrimmedLength } from "../input-limits.js";

@InputType()
export class CreateOrgUnitInput {
  @Field()
  @MaxTrimmedLength(NAME_MAX)
  name: string;

  @Field(() => OrgUnitKind)
  kind: OrgUnitKind;

  @Field(() => CompoundForm, { nullable: true })
  @IsOptional()
  form?: CompoundForm | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "parentId must be an id returned by this API" })
  parentId?: string | null;
}
