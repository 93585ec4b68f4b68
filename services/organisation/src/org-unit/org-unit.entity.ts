import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CompoundForm, NAME_MAX, OrgUnitKind } from "@dongting/domain/organisation";
import { Person } from "../person/person.entity.js";
import { Community } from "../community/community.entity.js";

registerEnumType(OrgUnitKind, { name: "OrgUnitKind" });
registerEnumType(CompoundForm, { name: "CompoundForm" });

/** How long the gateway may keep the party tree's public face (README: response cache). */
const ORG_TREE_CACHE_MAX_AGE_SECONDS = 60;

@Directive('@key(fields: "id")')
// Names, kinds, the tree's shape and member counts are PUBLIC (READ_POLICY.OrgUnit) and the same for every viewer;
// secretary, members, coverage and history have read rules, so answers with them are never shared.
// Tree and membership writes through the gateway make cached answers stale at once.
@Directive(`@cacheControl(maxAge: ${ORG_TREE_CACHE_MAX_AGE_SECONDS}, scope: PUBLIC)`)
@ObjectType({ description: "A party organisation (党组织) in the tree from street committee to central household." })
@Entity({ name: "org_unit" })
@Check(
  "org_unit_kind_check",
  `"kind" IN ('STREET_WORKING_COMMITTEE','COMMUNITY_COMMITTEE','COMPOUND_ORGANISATION','BUILDING_GROUP','CENTRAL_HOUSEHOLD')`,
)
@Check("org_unit_form_check", `("kind" = 'COMPOUND_ORGANISATION') = ("form" IS NOT NULL)`)
@Check("org_unit_name_check", `char_length("name") BETWEEN 1 AND ${NAME_MAX}`)
@Check("org_unit_path_self_check", `subpath("path", -1) = text2ltree(replace("id"::text, '-', '_'))`)
@Check(
  "org_unit_path_parent_check",
  `CASE WHEN "parent_id" IS NULL THEN nlevel("path") = 1 ELSE nlevel("path") > 1 AND subpath("path", -2, 1) = text2ltree(replace("parent_id"::text, '-', '_')) END`,
)
@Check(
  "org_unit_path_depth_check",
  `nlevel("path") = CASE "kind" WHEN 'STREET_WORKING_COMMITTEE' THEN 1 WHEN 'COMMUNITY_COMMITTEE' THEN 2 WHEN 'COMPOUND_ORGANISATION' THEN 3 WHEN 'BUILDING_GROUP' THEN 4 ELSE 5 END`,
)
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: NAME_MAX })
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

  /**
   * Materialised path of ids, root first (see domain/tree-path.ts and the party-tree migration for why).
   * Its GiST index is created by the migration; TypeORM does not know GiST on ltree, hence synchronize: false.
   */
  @Index("org_unit_path_idx", { synchronize: false })
  @Column({ type: "ltree" })
  path: string;

  @Index("org_unit_secretary_idx")
  @Column({ name: "secretary_id", type: "uuid", nullable: true })
  secretaryId: string | null;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "secretary_id", foreignKeyConstraintName: "org_unit_secretary_fk" })
  secretary?: Relation<Person> | null;

  /** Null for a street working committee; every unit below a street belongs to one community, for ever. */
  @Index("org_unit_community_idx")
  @Column({ name: "community_id", type: "uuid", nullable: true })
  communityId: string | null;

  @ManyToOne(() => Community, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "community_id", foreignKeyConstraintName: "org_unit_community_fk" })
  community?: Relation<Community> | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
