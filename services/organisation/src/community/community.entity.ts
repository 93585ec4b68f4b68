import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { NAME_MAX } from "@dongting/domain/organisation";
import { COMMUNITY_CODE_MAX, COMMUNITY_CODE_PATTERN_SQL } from "@dongting/domain/tenancy";
import { OrgUnit } from "../org-unit/org-unit.entity.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "社区: a community of a street; everything of the grid tree belongs to exactly one." })
@Entity({ name: "community" })
@Check("community_code_check", `"code" ~ '${COMMUNITY_CODE_PATTERN_SQL}'`)
@Check("community_name_check", `char_length("name") BETWEEN 1 AND ${NAME_MAX}`)
export class Community {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Short code, the prefix of the community's request codes, e.g. DT." })
  @Index("community_code_key", { unique: true })
  @Column({ type: "varchar", length: COMMUNITY_CODE_MAX })
  code: string;

  @Field()
  @Column({ type: "varchar", length: NAME_MAX })
  name: string;

  /** The street working committee (街道党工委); exposed through CommunityResolver.street. */
  @Index("community_street_idx")
  @Column({ name: "street_unit_id", type: "uuid", nullable: true })
  streetUnitId: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "street_unit_id", foreignKeyConstraintName: "community_street_fk" })
  streetUnit?: OrgUnit | null;

  /** The community party committee (社区党委); exposed through CommunityResolver.committee. */
  @Column({ name: "committee_unit_id", type: "uuid", nullable: true })
  committeeUnitId: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "committee_unit_id", foreignKeyConstraintName: "community_committee_fk" })
  committeeUnit?: OrgUnit | null;
}
