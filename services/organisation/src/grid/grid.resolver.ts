import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { type SubgraphContext } from "@dongting/subgraph-kit";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { Building } from "./building.entity.js";
import { Grid } from "./grid.entity.js";
import { CreateBuildingInput, CreateGridInput, CreateNeighbourhoodInput } from "./grid.input.js";
import {
  buildingById,
  buildingsOfNeighbourhood,
  gridById,
  householdsOfGrid,
  householdsOfNeighbourhood,
  neighbourhoodById,
  neighbourhoodsOfGrid,
} from "./grid.loader.js";
import {
  createBuilding,
  createGrid,
  createNeighbourhood,
  setBuildingLeader,
  setGridLeader,
  setNeighbourhoodLeader,
} from "./grid.service.js";
import { Neighbourhood } from "./neighbourhood.entity.js";

/** Who maintains grids, neighbourhoods, buildings and their leaders (ADMIN always passes). */
const GRID_EDITORS = ["COMMUNITY_STAFF", "PARTY_COMMITTEE"] as const;

const leaderOf = (ctx: SubgraphContext, row: { leaderId: string | null }) => (row.leaderId ? personById(ctx).load(row.leaderId) : null);

@Resolver(() => Grid)
export class GridResolver {
  @Query(() => [Grid], { description: "All grids, by code." })
  grids(@Ctx() ctx: SubgraphContext): Promise<Grid[]> {
    return ctx.db.manager.find(Grid, { order: { code: "ASC" } });
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

  @Authorized(...GRID_EDITORS)
  @Mutation(() => Grid)
  createGrid(@Arg("input", () => CreateGridInput) input: CreateGridInput, @Ctx() ctx: SubgraphContext): Promise<Grid> {
    return createGrid(ctx, input);
  }

  @Authorized(...GRID_EDITORS)
  @Mutation(() => Grid, { description: "Sets the grid leader (网格长); a null personId clears it." })
  setGridLeader(
    @Arg("gridId", () => ID) gridId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Grid> {
    return setGridLeader(ctx, gridId, personId);
  }
}

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

  @Authorized(...GRID_EDITORS)
  @Mutation(() => Neighbourhood)
  createNeighbourhood(
    @Arg("input", () => CreateNeighbourhoodInput) input: CreateNeighbourhoodInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Neighbourhood> {
    return createNeighbourhood(ctx, input);
  }

  @Authorized(...GRID_EDITORS)
  @Mutation(() => Neighbourhood, { description: "Sets the neighbourhood leader (邻里长); a null personId clears it." })
  setNeighbourhoodLeader(
    @Arg("neighbourhoodId", () => ID) neighbourhoodId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Neighbourhood> {
    return setNeighbourhoodLeader(ctx, neighbourhoodId, personId);
  }
}

@Resolver(() => Building)
export class BuildingResolver {
  @Query(() => Building, { nullable: true })
  building(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Building | null> {
    return buildingById(ctx).load(id);
  }

  @FieldResolver(() => Neighbourhood)
  async neighbourhood(@Root() building: Building, @Ctx() ctx: SubgraphContext): Promise<Neighbourhood> {
    return (await neighbourhoodById(ctx).load(building.neighbourhoodId)) as Neighbourhood;
  }

  @FieldResolver(() => Person, { nullable: true, description: "楼栋长" })
  leader(@Root() building: Building, @Ctx() ctx: SubgraphContext) {
    return leaderOf(ctx, building);
  }

  @Authorized(...GRID_EDITORS)
  @Mutation(() => Building)
  createBuilding(@Arg("input", () => CreateBuildingInput) input: CreateBuildingInput, @Ctx() ctx: SubgraphContext): Promise<Building> {
    return createBuilding(ctx, input);
  }

  @Authorized(...GRID_EDITORS)
  @Mutation(() => Building, { description: "Sets the building leader (楼栋长); a null personId clears it." })
  setBuildingLeader(
    @Arg("buildingId", () => ID) buildingId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Building> {
    return setBuildingLeader(ctx, buildingId, personId);
  }
}

export const gridReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => gridById(ctx).load(reference.id),
};
export const neighbourhoodReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => neighbourhoodById(ctx).load(reference.id),
};
export const buildingReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => buildingById(ctx).load(reference.id),
};
