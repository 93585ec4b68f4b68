import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ROLES, SCOPE_KINDS, type Role, type ScopeKind } from "@dongting/subgraph-kit";
import { Person } from "../person/person.entity.js";

/** The contract's enums (tenancy.graphql) from the kit's lists, so a token's grants and the schema agree. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
export const ScopeKindEnum = Object.fromEntries(SCOPE_KINDS.map((kind) => [kind, kind])) as { [K in ScopeKind]: K };
registerEnumType(RoleEnum, { name: "Role" });
registerEnumType(ScopeKindEnum, {
  name: "ScopeKind",
  description:
    "GRID: that grid. ORG_UNIT: that unit and everything below it. COMMUNITY: the community. STREET: every community of that street. GLOBAL: everywhere.",
});

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(",");

/** A role held in a scope (docs/tenancy.md, "Scoped role grants"); tokens issued for the person carry it. */
@ObjectType({ description: "A role a person holds in a scope: a grid, an org unit and below, a community, a street, or everywhere." })
@Entity({ name: "role_grant" })
@Check("role_grant_role_check", `"role" IN (${quoted(ROLES)})`)
@Check("role_grant_scope_kind_check", `"scope_kind" IN (${quoted(SCOPE_KINDS)})`)
@Check("role_grant_scope_id_check", `("scope_kind" = 'GLOBAL') = ("scope_id" IS NULL)`)
// Unique per person, role and scope with GLOBAL's null id compared equal: an expression index, made by the migration.
@Index("role_grant_key", { synchronize: false })
export class RoleGrant {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Exposed as RoleGrant.person. */
  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @ManyToOne(() => Person, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "role_grant_person_fk" })
  person?: Relation<Person>;

  @Field(() => RoleEnum)
  @Column({ type: "varchar", length: 32 })
  role: Role;

  @Field(() => ScopeKindEnum)
  @Column({ name: "scope_kind", type: "varchar", length: 16 })
  scopeKind: ScopeKind;

  @Field(() => ID, { nullable: true, description: "The grid, org unit, community or street org unit; null for GLOBAL." })
  @Column({ name: "scope_id", type: "uuid", nullable: true })
  scopeId: string | null;

  @Field(() => Date)
  @Column({ name: "granted_at", type: "timestamptz" })
  grantedAt: Date;

  /** Who granted it (the token's person; null for the seed); exposed as RoleGrant.grantedBy. */
  @Column({ name: "granted_by", type: "varchar", length: 255, nullable: true })
  grantedBy: string | null;
}
