import { IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { TeamKind } from "../domain/team-kind.js";

@InputType()
export class CreateTeamInput {
  /** Trimmed and checked (1..60) by the service; this only bounds what we bother to read. */
  @Field()
  @MaxLength(200)
  name: string;

  @Field(() => TeamKind)
  kind: TeamKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  partnerUnit?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "leaderId must be a person id returned by this API" })
  leaderId?: string | null;
}
