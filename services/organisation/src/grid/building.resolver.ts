import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Person } from "../person/person.entity.js";
import { Building } from "./building.entity.js";
import { CreateBuildingInput } from "./grid.input.js";
import { buildingById, neighbourhoodById } from "./grid.loader.js";
import { createBuilding, setBuildingLeader } from "./grid.service.js";
import { leaderOf } from "./leader.js";
import { Neighbourhood } from "./neighbourhood.entity.js";

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

  @Authorized(...ACCESS.editGridTree)
  @Mutation(() => Building)
  createBuilding(@Arg("input", () => CreateBuildingInput) input: CreateBuildingInput, @Ctx() ctx: SubgraphContext): Promise<Building> {
    return createBuilding(ctx, input);
  }

  @Authorized(...ACCESS.editGridTree)
  @Mutation(() => Building, { description: "Sets the building leader (楼栋长); a null personId clears it." })
  setBuildingLeader(
    @Arg("buildingId", () => ID) buildingId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Building> {
    return setBuildingLeader(ctx, buildingId, personId);
  }
}
