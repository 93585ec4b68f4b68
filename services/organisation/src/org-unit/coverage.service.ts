import { In } from "typeorm";
import { badUserInput, notFound, recordHistory, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { COVERAGE_MAX } from "@dongting/domain/organisation-people";
import { ACCESS } from "../access.js";
import { Building } from "../grid/building.entity.js";
import { Grid } from "../grid/grid.entity.js";
import { OrgUnitBuilding, OrgUnitGrid } from "./coverage.entity.js";
import { OrgUnit } from "./org-unit.entity.js";
import { checkTreeScope } from "./tree-scope.js";

/**
 * Sets which grids and buildings a party unit covers (replacing the previous links): a compound
 * organisation its grid, a building group its buildings. Grids and buildings must be of the unit's own
 * community. The unit's row is locked for the whole write, so two editors of one unit's coverage take
 * turns and the later one's list wins whole.
 */
export async function setOrgUnitCoverage(
  ctx: SubgraphContext,
  orgUnitId: string,
  rawGridIds: readonly string[],
  rawBuildingIds: readonly string[],
): Promise<OrgUnit> {
  requireId("OrgUnit", orgUnitId);
  const gridIds = [...new Set(rawGridIds)].map((id) => requireId("Grid", id));
  const buildingIds = [...new Set(rawBuildingIds)].map((id) => requireId("Building", id));
  if (gridIds.length + buildingIds.length > COVERAGE_MAX) {
    const detail = `${gridIds.length + buildingIds.length} links asked for`;
    throw badUserInput("COVERAGE_TOO_LARGE", refusalMessage("COVERAGE_TOO_LARGE", detail), { field: "buildingIds" });
  }
  return ctx.db.transaction(async (manager) => {
    const unit = await manager.findOne(OrgUnit, { where: { id: orgUnitId }, lock: { mode: "pessimistic_write" } });
    if (!unit) throw notFound("OrgUnit", orgUnitId);
    await checkTreeScope(ctx, manager, [unit.id], ACCESS.setCoverage);
    const grids = gridIds.length ? await manager.find(Grid, { where: { id: In(gridIds) }, lock: { mode: "pessimistic_read" } }) : [];
    const buildings = buildingIds.length
      ? await manager.find(Building, { where: { id: In(buildingIds) }, lock: { mode: "pessimistic_read" } })
      : [];
    const missingGrid = gridIds.find((id) => !grids.some((grid) => grid.id === id));
    if (missingGrid) throw notFound("Grid", missingGrid);
    const missingBuilding = buildingIds.find((id) => !buildings.some((building) => building.id === id));
    if (missingBuilding) throw notFound("Building", missingBuilding);
    const foreign = [...grids, ...buildings].find((row) => row.communityId !== unit.communityId);
    if (foreign) {
      const detail = `「${foreign.name}」is not in「${unit.name}」's community`;
      throw badUserInput("CROSSES_COMMUNITIES", refusalMessage("CROSSES_COMMUNITIES", detail), {
        field: grids.some((grid) => grid.id === foreign.id) ? "gridIds" : "buildingIds",
      });
    }
    const before = {
      grids: (await manager.findBy(OrgUnitGrid, { orgUnitId })).map((row) => row.gridId).sort(),
      buildings: (await manager.findBy(OrgUnitBuilding, { orgUnitId })).map((row) => row.buildingId).sort(),
    };
    const same = (a: string[], b: string[]) => a.length === b.length && [...b].sort().every((id, i) => a[i] === id);
    if (same(before.grids, gridIds) && same(before.buildings, buildingIds)) return unit;
    await manager.delete(OrgUnitGrid, { orgUnitId });
    await manager.delete(OrgUnitBuilding, { orgUnitId });
    if (gridIds.length)
      await manager.insert(
        OrgUnitGrid,
        gridIds.map((gridId) => ({ orgUnitId, gridId })),
      );
    if (buildingIds.length)
      await manager.insert(
        OrgUnitBuilding,
        buildingIds.map((buildingId) => ({ orgUnitId, buildingId })),
      );
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: orgUnitId,
      action: "COVERAGE_SET",
      detail: { grids: gridIds.length, buildings: buildingIds.length, gridIds, buildingIds, previous: before },
    });
    return unit;
  });
}
