import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { Building } from "../grid/building.entity.js";
import { Grid } from "../grid/grid.entity.js";
import { buildingsOfUnit, gridsOfUnit, unitsOfBuilding, unitsOfGrid } from "./coverage.loader.js";
import { setOrgUnitCoverage } from "./coverage.service.js";
import { OrgUnit } from "./org-unit.entity.js";

@Resolver(() => OrgUnit)
export class OrgUnitCoverageResolver {
  @FieldResolver(() => [Grid], { description: "The grids this unit covers (a compound organisation its 网格), by code." })
  coversGrids(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext): Promise<Grid[]> {
    return gridsOfUnit(ctx).load(unit.id);
  }

  @FieldResolver(() => [Building], { description: "The buildings this unit covers (a building group its 楼栋)." })
  coversBuildings(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext): Promise<Building[]> {
    return buildingsOfUnit(ctx).load(unit.id);
  }

  @Authorized(...ACCESS.setCoverage)
  @Mutation(() => OrgUnit, { description: "Sets (replaces) the grids and buildings the unit covers; empty lists clear them." })
  setOrgUnitCoverage(
    @Arg("orgUnitId", () => ID) orgUnitId: string,
    @Arg("gridIds", () => [ID]) gridIds: string[],
    @Arg("buildingIds", () => [ID]) buildingIds: string[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrgUnit> {
    return setOrgUnitCoverage(ctx, orgUnitId, gridIds, buildingIds);
  }
}

@Resolver(() => Grid)
export class GridCoverageResolver {
  @FieldResolver(() => [OrgUnit], { description: "The party units covering this grid, by name (at most 20)." })
  partyUnits(@Root() grid: Grid, @Ctx() ctx: SubgraphContext): Promise<OrgUnit[]> {
    return unitsOfGrid(ctx).load(grid.id);
  }
}

@Resolver(() => Building)
export class BuildingCoverageResolver {
  @FieldResolver(() => [OrgUnit], { description: "The party units covering this building, by name (at most 20)." })
  partyUnits(@Root() building: Building, @Ctx() ctx: SubgraphContext): Promise<OrgUnit[]> {
    return unitsOfBuilding(ctx).load(building.id);
  }
}
