import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { ASSIGNEE_NAME_MAX, ForceKind } from "@dongting/domain/requests";
import { sqlValueList } from "../domain/sql-values.js";
import "../request/request-graphql-enums.js";

/**
 * 承办单位: a body of one force kind in one community that requests are dispatched to (the community's
 * cadre groups, its staff, public-service bodies, co-building units, volunteer teams, convenience teams).
 * Its name fills a request's legacy `assignee_name` when it leads, hence the same length limit. A unit's
 * community never changes (docs/tenancy.md), so rules and dispatches may rely on it.
 */
@Directive('@key(fields: "id")')
@ObjectType("ServiceUnit", { description: "A body that does the work (承办单位) for one force kind in one community." })
@Entity({ name: "service_unit" })
@Index("service_unit_name_key", ["communityId", "name"], { unique: true })
@Index("service_unit_community_idx", ["communityId", "forceKind"])
@Check("service_unit_name_check", `char_length("name") BETWEEN 1 AND ${ASSIGNEE_NAME_MAX}`)
@Check("service_unit_force_kind_check", `"force_kind" IN (${sqlValueList(ForceKind)})`)
// A volunteer unit is a volunteer team's (VOLUNTEER_TEAM_REQUIRED); no other kind names one (TEAM_ONLY_FOR_VOLUNTEERS).
@Check("service_unit_team_check", `("force_kind" = 'VOLUNTEER') = ("volunteer_team_id" IS NOT NULL)`)
export class ServiceUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_service_unit" })
  id: string;

  @Field()
  @Column({ type: "varchar", length: ASSIGNEE_NAME_MAX })
  name: string;

  @Field(() => ForceKind)
  @Column({ name: "force_kind", type: "varchar", length: 24 })
  forceKind: ForceKind;

  /** Organisation's Community. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  /** Volunteers' VolunteerTeam, for force kind VOLUNTEER only. */
  @Column({ name: "volunteer_team_id", type: "uuid", nullable: true })
  volunteerTeamId: string | null;

  @Field({ description: "An inactive unit keeps its history but takes no new dispatches (rules to it are skipped)." })
  @Column({ type: "boolean", default: true })
  active: boolean;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
