import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import {
  PARTNER_UNIT_MAX,
  SIGNUP_DAYS_AHEAD_DEFAULT,
  SIGNUP_DAYS_AHEAD_MAX,
  SIGNUP_DAYS_AHEAD_MIN,
  TEAM_NAME_MAX,
} from "@dongting/domain/volunteers";
import { TEAM_KINDS, TeamKind } from "../domain/team-kind.js";

registerEnumType(TeamKind, { name: "TeamKind" });

@Directive('@key(fields: "id")')
@ObjectType("VolunteerTeam", { description: "A volunteer team (七宝巡逻队, youth teams, ...)." })
@Entity({ name: "volunteer_team" })
@Index("volunteer_team_community_idx", ["communityId", "kind"])
@Check("volunteer_team_kind_check", `"kind" IN (${TEAM_KINDS.map((kind) => `'${kind}'`).join(",")})`)
@Check("volunteer_team_name_check", `char_length("name") BETWEEN 1 AND ${TEAM_NAME_MAX}`)
@Check("volunteer_team_partner_unit_check", `"partner_unit" IS NULL OR char_length("partner_unit") BETWEEN 1 AND ${PARTNER_UNIT_MAX}`)
@Check("volunteer_team_signup_days_check", `"signup_days_ahead" BETWEEN ${SIGNUP_DAYS_AHEAD_MIN} AND ${SIGNUP_DAYS_AHEAD_MAX}`)
export class VolunteerTeam {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: TEAM_NAME_MAX })
  name: string;

  @Field(() => TeamKind)
  @Column({ type: "varchar", length: 32 })
  kind: TeamKind;

  @Field(() => String, { nullable: true, description: "e.g. 湖北工业大学 for a youth team." })
  @Column({ name: "partner_unit", type: "varchar", length: PARTNER_UNIT_MAX, nullable: true })
  partnerUnit: string | null;

  /** The community it belongs to, for good (exposed as the `community` stub); its shifts carry the same. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  /** A person of the organisation subgraph; exposed as the `leader` stub. */
  @Index("volunteer_team_leader_idx")
  @Column({ name: "leader_id", type: "uuid", nullable: true })
  leaderId: string | null;

  @Field(() => Int, { description: "Sign-up for a shift opens this many days before it starts." })
  @Column({ name: "signup_days_ahead", type: "int", default: SIGNUP_DAYS_AHEAD_DEFAULT })
  signupDaysAhead: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
