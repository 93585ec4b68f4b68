import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { IsNull } from "typeorm";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { OrgUnit } from "./org-unit.entity.js";
import { CreateOrgUnitInput } from "./org-unit.input.js";
import { orgUnitById, orgUnitChildren } from "./org-unit.loader.js";
import { createOrgUnit } from "./org-unit.service.js";

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => [OrgUnit], { description: "Top-level units (street working committees)." })
  orgRoots(@Ctx() ctx: SubgraphContext): Promise<OrgUnit[]> {
    return ctx.db.manager.find(OrgUnit, { where: { parentId: IsNull() }, order: { name: "ASC" } });
  }

  @Query(() => OrgUnit, { nullable: true })
  orgUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<OrgUnit | null> {
    return orgUnitById(ctx).load(id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext): Promise<OrgUnit | null> | null {
    return unit.parentId ? orgUnitById(ctx).load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnit])
  children(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext): Promise<OrgUnit[]> {
    return orgUnitChildren(ctx).load(unit.id);
  }

  @Authorized("PARTY_COMMITTEE")
  @Mutation(() => OrgUnit)
  createOrgUnit(@Arg("input", () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: SubgraphContext): Promise<OrgUnit> {
    return createOrgUnit(ctx, input);
  }
}

export const orgUnitReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => orgUnitById(ctx).load(reference.id),
};
