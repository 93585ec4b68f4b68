import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { checkPageSize, pageArgs, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS, recordMembersListed } from "../access.js";
import { containsPattern } from "../domain/search.js";
import { checkSearch } from "../input-limits.js";
import { orgUnitMembers } from "../party/party-membership.loader.js";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { PersonConnection } from "../person/person-connection.type.js";
import { planTree } from "./lookahead.js";
import { OrgUnit } from "./org-unit.entity.js";
import { CreateOrgUnitInput } from "./org-unit.input.js";
import { OrgUnitChange } from "./org-unit-change.type.js";
import { loadAncestors, loadChildren, loadDescendants, loadRoots, memberCount, orgUnitById, orgUnitHistory } from "./org-unit.loader.js";
import { createOrgUnit, deleteOrgUnit, moveOrgUnit, renameOrgUnit, setSecretary } from "./org-unit.service.js";

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => [OrgUnit], { description: "Top-level units (street working committees)." })
  orgRoots(@Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<OrgUnit[]> {
    return loadRoots(ctx, planTree(info));
  }

  @Query(() => OrgUnit, { nullable: true })
  orgUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<OrgUnit | null> {
    return orgUnitById(ctx).load(id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext): Promise<OrgUnit | null> | null {
    return unit.parentId ? orgUnitById(ctx).load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: "By name." })
  children(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext, @Info() info: GraphQLResolveInfo): Promise<OrgUnit[]> {
    return loadChildren(ctx, unit.id, planTree(info));
  }

  @FieldResolver(() => [OrgUnit], { description: "Root first, excluding this unit." })
  ancestors(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext): Promise<OrgUnit[]> {
    return loadAncestors(ctx, unit);
  }

  @FieldResolver(() => [OrgUnit], { description: "Every unit below this one, at most maxDepth levels down; by level, then name." })
  descendants(
    @Root() unit: OrgUnit,
    @Arg("maxDepth", () => Int, { nullable: true }) maxDepth: number | null,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrgUnit[]> {
    return loadDescendants(ctx, unit.id, maxDepth ?? null, planTree(info));
  }

  @FieldResolver(() => Person, { nullable: true, description: "书记: a party member of this unit or below." })
  secretary(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext) {
    return unit.secretaryId ? personById(ctx).load(unit.secretaryId) : null;
  }

  @FieldResolver(() => PersonConnection, { description: "Party members by name; with includeDescendants those of every unit below too." })
  async members(
    @Root() unit: OrgUnit,
    @Arg("includeDescendants", () => Boolean, { nullable: true, defaultValue: false }) includeDescendants: boolean | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("search", () => String, { nullable: true, description: "Only members whose name contains this." }) search: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonConnection> {
    const page = pageArgs(first ?? 50, after);
    const members = await orgUnitMembers(ctx, {
      includeDescendants: includeDescendants ?? false,
      first: page.first,
      after: page.after,
      namePattern: containsPattern(checkSearch("search", search)),
    }).load(unit.id);
    recordMembersListed(
      ctx,
      members.edges.map((edge) => edge.node),
    );
    return members;
  }

  @FieldResolver(() => Int)
  memberCount(
    @Root() unit: OrgUnit,
    @Arg("includeDescendants", () => Boolean, { nullable: true, defaultValue: false }) includeDescendants: boolean | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    return memberCount(ctx, includeDescendants ?? false).load(unit.id);
  }

  @FieldResolver(() => [OrgUnitChange], { description: "Changes of this unit (who, when, what), newest first." })
  history(
    @Root() unit: OrgUnit,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "At most 100." }) first: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrgUnitChange[]> {
    return orgUnitHistory(ctx, checkPageSize(first ?? 20)).load(unit.id);
  }

  @Authorized(...ACCESS.editPartyTree)
  @Mutation(() => OrgUnit)
  createOrgUnit(@Arg("input", () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: SubgraphContext): Promise<OrgUnit> {
    return createOrgUnit(ctx, input);
  }

  @Authorized(...ACCESS.editPartyTree)
  @Mutation(() => OrgUnit)
  renameOrgUnit(@Arg("id", () => ID) id: string, @Arg("name") name: string, @Ctx() ctx: SubgraphContext): Promise<OrgUnit> {
    return renameOrgUnit(ctx, id, name);
  }

  @Authorized(...ACCESS.editPartyTree)
  @Mutation(() => OrgUnit, {
    description: "Refused with BAD_USER_INPUT when the new parent is the unit itself or below it, or the kinds do not nest.",
  })
  moveOrgUnit(
    @Arg("id", () => ID) id: string,
    @Arg("newParentId", () => ID) newParentId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrgUnit> {
    return moveOrgUnit(ctx, id, newParentId);
  }

  @Authorized(...ACCESS.editPartyTree)
  @Mutation(() => Boolean, { description: "Refused with CONFLICT while the unit has children or members." })
  deleteOrgUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return deleteOrgUnit(ctx, id);
  }

  @Authorized(...ACCESS.editPartyTree)
  @Mutation(() => OrgUnit, { description: "The secretary must be a party member of the unit or of a unit below it." })
  setSecretary(
    @Arg("orgUnitId", () => ID) orgUnitId: string,
    @Arg("personId", () => ID) personId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrgUnit> {
    return setSecretary(ctx, orgUnitId, personId);
  }
}
