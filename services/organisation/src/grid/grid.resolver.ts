import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Person } from "../person/person.entity.js";
import { Grid } from "./grid.entity.js";
import { CreateGridInput } from "./grid.input.js";
import { allGrids, gridById, householdsOfGrid, neighbourhoodsOfGrid } from "./grid.loader.js";
import { createGrid, setGridLeader } from "./grid.service.js";
import { leaderOf } from "./leader.js";
import { Neighbourhood } from "./neighbourhood.entity.js";

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => [Grid], { description: "The grids of the communities the viewer acts in (GLOBAL: all), by code; communityId: that one's." })
  grids(@Arg("communityId", () => ID, { nullable: true }) communityId: string | null, @Ctx() ctx: SubgraphContext): Promise<Grid[]> {
    return allGrids(ctx, communityId);
  }

  @Query(() => Grid, { nullable: true })
  grid(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Grid | null> {
    return gridById(ctx).load(id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "网格长" })
  leader(@Root() grid: Grid, @Ctx() ctx: SubgraphContext) {
    return leaderOf(ctx, grid);
  }

  @FieldResolver(() => [Neighbourhood])
  neighbourhoods(@Root() grid: Grid, @Ctx() ctx: SubgraphContext): Promise<Neighbourhood[]> {
    return neighbourhoodsOfGrid(ctx).load(grid.id);
  }

  @FieldResolver(() => Int, { description: "Households of all the grid's buildings." })
  households(@Root() grid: Grid, @Ctx() ctx: SubgraphContext): Promise<number> {
    return householdsOfGrid(ctx).load(grid.id);
  }

  @Authorized(...ACCESS.editGridTree)
  @Mutation(() => Grid)
  createGrid(@Arg("input", () => CreateGridInput) input: CreateGridInput, @Ctx() ctx: SubgraphContext): Promise<Grid> {
    return createGrid(ctx, input);
  }

  @Authorized(...ACCESS.editGridTree)
  @Mutation(() => Grid, { description: "Sets the grid leader (网格长); a null personId clears it." })
  setGridLeader(
    @Arg("gridId", () => ID) gridId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Grid> {
    return setGridLeader(ctx, gridId, personId);
  }
}
