import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { ForceKind } from "@dongting/domain/requests";
import { ACCESS } from "../access.js";
import { CommunityReference } from "../references/community-reference.js";
import { PersonReference } from "../references/person-reference.js";
import { VolunteerTeamReference } from "../references/volunteer-team-reference.js";
import { ServiceUnit } from "./service-unit.entity.js";
import { ServiceUnitInput } from "./service-unit.input.js";
import { createServiceUnit, listServiceUnits } from "./service-unit.service.js";
import { unitMembers } from "./unit.loader.js";

@Resolver(() => ServiceUnit)
export class ServiceUnitResolver {
  @Authorized()
  @Query(() => [ServiceUnit], {
    description: "By community, kind and name: the units of the communities the viewer reads requests in, and the viewer's own units.",
  })
  serviceUnits(
    @Arg("forceKind", () => ForceKind, { nullable: true }) forceKind: ForceKind | null,
    @Arg("communityId", () => ID, { nullable: true }) communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServiceUnit[]> {
    return listServiceUnits(ctx, forceKind, communityId);
  }

  @Authorized(...ACCESS.manageUnits)
  @Mutation(() => ServiceUnit)
  createServiceUnit(@Arg("input", () => ServiceUnitInput) input: ServiceUnitInput, @Ctx() ctx: SubgraphContext): Promise<ServiceUnit> {
    return createServiceUnit(ctx, input);
  }

  @FieldResolver(() => CommunityReference)
  community(@Root() unit: ServiceUnit): CommunityReference {
    return refTo(unit.communityId)!;
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  async leader(@Root() unit: ServiceUnit, @Ctx() ctx: SubgraphContext): Promise<PersonReference | null> {
    return refTo((await unitMembers(ctx).load(unit.id)).find((member) => member.leader)?.personId);
  }

  @FieldResolver(() => [PersonReference], { description: "The leader first." })
  async members(@Root() unit: ServiceUnit, @Ctx() ctx: SubgraphContext): Promise<PersonReference[]> {
    return (await unitMembers(ctx).load(unit.id)).map((member) => ({ id: member.personId }));
  }

  @FieldResolver(() => VolunteerTeamReference, { nullable: true, description: "Set for force kind VOLUNTEER." })
  volunteerTeam(@Root() unit: ServiceUnit): VolunteerTeamReference | null {
    return refTo(unit.volunteerTeamId);
  }
}
