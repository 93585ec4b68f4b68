import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { notFound, type Role, type ScopeKind, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { RoleEnum, RoleGrant, ScopeKindEnum } from "./role-grant.entity.js";
import { grantsOfPerson } from "./role-grant.loader.js";
import { grantRole, revokeRole } from "./role-grant.service.js";

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  /** A service account's grants (from its token) name no person: asked for one, it is refused, not an internal error. */
  @FieldResolver(() => Person)
  person(@Root() grant: RoleGrant, @Ctx() ctx: SubgraphContext) {
    if (!grant.personId) throw notFound("Person", "service-account");
    return personById(ctx).load(grant.personId);
  }

  @FieldResolver(() => Person, { nullable: true })
  grantedBy(@Root() grant: RoleGrant, @Ctx() ctx: SubgraphContext) {
    return grant.grantedBy ? personById(ctx).load(grant.grantedBy) : null;
  }

  @Authorized(...ACCESS.grantRoles)
  @Mutation(() => RoleGrant, { description: "Refused with FORBIDDEN unless the granter holds a grant covering that scope (ADMIN: any)." })
  grantRole(
    @Arg("personId", () => ID) personId: string,
    @Arg("role", () => RoleEnum) role: Role,
    @Arg("scopeKind", () => ScopeKindEnum) scopeKind: ScopeKind,
    @Arg("scopeId", () => ID, { nullable: true }) scopeId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RoleGrant> {
    return grantRole(ctx, personId, role, scopeKind, scopeId);
  }

  @Authorized(...ACCESS.grantRoles)
  @Mutation(() => Boolean)
  revokeRole(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return revokeRole(ctx, id);
  }
}

@Resolver(() => Person)
export class PersonGrantsResolver {
  @FieldResolver(() => [RoleGrant])
  grants(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<RoleGrant[]> {
    return grantsOfPerson(ctx).load(person.id);
  }
}
