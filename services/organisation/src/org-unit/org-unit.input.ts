import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CompoundForm, OrgUnitKind } from "../domain/org-unit-kind.js";

@InputType()
export class CreateOrgUnitInput {
  @Field()
  @MaxLength(200)
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
