import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { TeamKind } from "../domain/team-kind.js";
import { PersonRef, personRef } from "../person/person.ref.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { membersByTeam } from "../volunteer/volunteer.loader.js";
import { VolunteerTeam } from "./team.entity.js";
import { CreateTeamInput } from "./team.input.js";
import { memberCountByTeam, teamById } from "./team.loader.js";
import { createTeam } from "./team.service.js";

@Resolver(() => VolunteerTeam)
export class TeamResolver {
  @Query(() => [VolunteerTeam], { description: "All teams, by name; only those of one kind when `kind` is given." })
  volunteerTeams(
    @Arg("kind", () => TeamKind, { nullable: true }) kind: TeamKind | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerTeam[]> {
    return ctx.db.manager.find(VolunteerTeam, { where: kind ? { kind } : {}, order: { name: "ASC", id: "ASC" } });
  }

  @Query(() => VolunteerTeam, { nullable: true })
  volunteerTeam(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam | null> {
    return teamById(ctx).load(id);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  leader(@Root() team: VolunteerTeam): PersonRef | null {
    return personRef(team.leaderId);
  }

  @FieldResolver(() => Int, { description: "Current members." })
  memberCount(@Root() team: VolunteerTeam, @Ctx() ctx: SubgraphContext): Promise<number> {
    return memberCountByTeam(ctx).load(team.id);
  }

  @FieldResolver(() => [Volunteer], { description: "Current members, longest-serving first." })
  members(@Root() team: VolunteerTeam, @Ctx() ctx: SubgraphContext): Promise<Volunteer[]> {
    return membersByTeam(ctx).load(team.id);
  }

  @Authorized("COMMUNITY_STAFF")
  @Mutation(() => VolunteerTeam, { description: "COMMUNITY_STAFF or ADMIN. The leader, if given, becomes the first member." })
  createTeam(@Arg("input", () => CreateTeamInput) input: CreateTeamInput, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam> {
    return createTeam(ctx, input);
  }
}

export const teamReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => teamById(ctx).load(reference.id),
};
