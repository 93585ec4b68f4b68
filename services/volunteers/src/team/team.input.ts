import { IsInt, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { PARTNER_UNIT_MAX, TEAM_NAME_MAX } from "@dongting/domain/volunteers";
import { TeamKind } from "../domain/team-kind.js";

/** The service trims the texts and refuses blank ones; the limits are the same constants it checks. */
@InputType()
export class CreateTeamInput {
  @Field()
  @MaxLength(TEAM_NAME_MAX)
  name: string;

  @Field(() => TeamKind)
  kind: TeamKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PARTNER_UNIT_MAX)
  partnerUnit?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "leaderId must be a person id returned by this API" })
  leaderId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The community it belongs to, for good. Default: the one community the caller's staff grants reach.",
  })
  @IsOptional()
  @IsUUID("all", { message: "communityId must be a community id returned by this API" })
  communityId?: string | null;
}

/** Only the fields given change; `partnerUnit: null` clears it. The service checks signupDaysAhead's range (its own reason). */
@InputType()
export class UpdateTeamInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEAM_NAME_MAX)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(PARTNER_UNIT_MAX)
  partnerUnit?: string | null;

  @Field(() => Int, { nullable: true, description: "Sign-up opens this many days before a shift starts (1..60; default 14)." })
  @IsOptional()
  @IsInt()
  signupDaysAhead?: number | null;
}
