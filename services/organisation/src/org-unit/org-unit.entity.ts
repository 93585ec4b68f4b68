import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CompoundForm, OrgUnitKind } from "../domain/org-unit-kind.js";

registerEnumType(OrgUnitKind, { name: "OrgUnitKind" });
registerEnumType(CompoundForm, { name: "CompoundForm" });

@Directive('@key(fields: "id")')
@ObjectType({ description: "A party organisation (党组织) in the tree from street committee to central household." })
@Entity({ name: "org_unit" })
@Check("org_unit_kind_check", `"kind" IN ('STREET_WORKING_COMMITTEE','COMMUNITY_COMMITTEE','COMPOUND_ORGANISATION','BUILDING_GROUP','CENTRAL_HOUSEHOLD')`)
@Check("org_unit_form_check", `("kind" = 'COMPOUND_ORGANISATION') = ("form" IS NOT NULL)`)
@Check("org_unit_name_check", `char_length("name") BETWEEN 1 AND 60`)
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: 60 })
  name: string;

  @Field(() => OrgUnitKind)
  @Column({ type: "varchar", length: 32 })
  kind: OrgUnitKind;

  @Field(() => CompoundForm, { nullable: true, description: "Only for COMPOUND_ORGANISATION." })
  @Column({ type: "varchar", length: 16, nullable: true })
  form: CompoundForm | null;

  @Index("org_unit_parent_idx")
  @Column({ name: "parent_id", type: "uuid", nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: "RESTRICT", nullable: true, createForeignKeyConstraints: true })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "org_unit_parent_fk" })
  parent?: OrgUnit | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
