import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { MembershipKind } from "../domain/membership-kind.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { Person } from "../person/person.entity.js";

registerEnumType(MembershipKind, { name: "MembershipKind" });

/** A person's party membership. Keyed by the person: a member belongs to exactly one unit. */
@ObjectType({ description: "党员: a person's membership of one party organisation." })
@Entity({ name: "party_membership" })
@Check("party_membership_kind_check", `"kind" IN ('DIRECT','SUNK_DOWN')`)
export class PartyMembership {
  @PrimaryColumn({ name: "person_id", type: "uuid", primaryKeyConstraintName: "PK_party_membership" })
  personId: string;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "party_membership_person_fk" })
  person?: Relation<Person>;

  @Index("party_membership_org_unit_idx")
  @Column({ name: "org_unit_id", type: "uuid" })
  orgUnitId: string;

  @ManyToOne(() => OrgUnit, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "org_unit_id", foreignKeyConstraintName: "party_membership_org_unit_fk" })
  orgUnit?: Relation<OrgUnit>;

  @Field(() => MembershipKind)
  @Column({ type: "varchar", length: 16 })
  kind: MembershipKind;

  @Field(() => Date, { nullable: true, description: "When the person joined this organisation." })
  @Column({ name: "joined_at", type: "timestamptz", nullable: true })
  joinedAt: Date | null;
}
