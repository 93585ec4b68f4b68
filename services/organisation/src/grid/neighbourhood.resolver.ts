import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Person } from "../person/person.entity.js";
import { Building } from "./building.entity.js";
import { Grid } from "./grid.entity.js";
import { CreateNeighbourhoodInput } from "./grid.input.js";
import { buildingsOfNeighbourhood, gridById, householdsOfNeighbourhood, neighbourhoodById } from "./grid.loader.js";
import { createNeighbourhood, setNeighbourhoodLeader } from "./grid.service.js";
import { leaderOf } from "./leader.js";
import { Neighbourhood } from "./neighbourhood.entity.js";

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, { nullable: true })
  neighbourhood(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Neighbourhood | null> {
    return neighbourhoodById(ctx).load(id);
  }

  @FieldResolver(() => Grid)
  async grid(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: SubgraphContext): Promise<Grid> {
    return (await gridById(ctx).load(neighbourhood.gridId)) as Grid;
  }

  @FieldResolver(() => Person, { nullable: true, description: "邻里长" })
  leader(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: SubgraphContext) {
    return leaderOf(ctx, neighbourhood);
  }

  @FieldResolver(() => [Building])
  buildings(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: SubgraphContext): Promise<Building[]> {
    return buildingsOfNeighbourhood(ctx).load(neighbourhood.id);
  }

  @FieldResolver(() => Int, { description: "Households of the neighbourhood's buildings." })
  households(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: SubgraphContext): Promise<number> {
    return householdsOfNeighbourhood(ctx).load(neighbourhood.id);
  }

  @Authorized(...ACCESS.editGridTree)
  @Mutation(() => Neighbourhood)
  createNeighbourhood(
    @Arg("input", () => CreateNeighbourhoodInput) input: CreateNeighbourhoodInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Neighbourhood> {
    return createNeighbourhood(ctx, input);
  }

  @Authorized(...ACCESS.editGridTree)
  @Mutation(() => Neighbourhood, { description: "Sets the neighbourhood leader (邻里长); a null personId clears it." })
  setNeighbourhoodLeader(
    @Arg("neighbourhoodId", () => ID) neighbourhoodId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Neighbourhood> {
    return setNeighbourhoodLeader(ctx, neighbourhoodId, personId);
  }
}
