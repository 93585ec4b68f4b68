import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { PersonRef } from "../person/person.ref.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { Volunteer } from "./volunteer.entity.js";
import { teamsByVolunteer, volunteerById } from "./volunteer.loader.js";

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true })
  volunteer(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Volunteer | null> {
    return volunteerById(ctx).load(id);
  }

  @FieldResolver(() => PersonRef)
  person(@Root() volunteer: Volunteer): PersonRef {
    return { id: volunteer.personId };
  }

  @FieldResolver(() => [VolunteerTeam], { description: "Teams he is currently in, by name." })
  teams(@Root() volunteer: Volunteer, @Ctx() ctx: SubgraphContext): Promise<VolunteerTeam[]> {
    return teamsByVolunteer(ctx).load(volunteer.id);
  }

  @FieldResolver(() => Int, { description: "Checked-in service time, summed over all shifts." })
  serviceMinutes(): number {
    // Shifts arrive with the next migration; until then nobody has served a minute here.
    return 0;
  }
}

export const volunteerReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => volunteerById(ctx).load(reference.id),
};
