import type { EntityManager } from "typeorm";
import { badUserInput, notFound } from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { normaliseIdNumber } from "@dongting/domain/organisation-people";
import { Building } from "../grid/building.entity.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";

/** A person's home as asked: the neighbourhood, and the building within it (either may be null). */
export interface Home {
  neighbourhood: Neighbourhood | null;
  buildingId: string | null;
}

/** The ID number as stored, or BAD_USER_INPUT ID_NUMBER_INVALID (GB 11643: shape, birth date, check character). */
export function checkedIdNumber(raw: string | null | undefined): string | null {
  const checked = normaliseIdNumber(raw);
  if ("invalid" in checked) {
    const detail = "an 18-digit 居民身份证号 with a real birth date and a matching check character";
    throw badUserInput("ID_NUMBER_INVALID", refusalMessage("ID_NUMBER_INVALID", detail), { field: "idNumber" });
  }
  return checked.idNumber;
}

/**
 * The neighbourhood and building a write asks for, read under a share lock (so neither is deleted or moved
 * under the write): a building alone names its neighbourhood; a building outside the neighbourhood asked for
 * is BAD_USER_INPUT BUILDING_NOT_IN_NEIGHBOURHOOD; unknown ids NOT_FOUND.
 */
export async function resolveHome(manager: EntityManager, neighbourhoodId: string | null, buildingId: string | null): Promise<Home> {
  const building = buildingId ? await manager.findOne(Building, { where: { id: buildingId }, lock: { mode: "pessimistic_read" } }) : null;
  if (buildingId && !building) throw notFound("Building", buildingId);
  const wanted = neighbourhoodId ?? building?.neighbourhoodId ?? null;
  const neighbourhood = wanted ? await manager.findOne(Neighbourhood, { where: { id: wanted }, lock: { mode: "pessimistic_read" } }) : null;
  if (wanted && !neighbourhood) throw notFound("Neighbourhood", wanted);
  if (building && building.neighbourhoodId !== wanted) {
    const detail = "the building belongs to another neighbourhood";
    throw badUserInput("BUILDING_NOT_IN_NEIGHBOURHOOD", refusalMessage("BUILDING_NOT_IN_NEIGHBOURHOOD", detail), { field: "buildingId" });
  }
  return { neighbourhood, buildingId: building?.id ?? null };
}

/** The constraint refusals of a person write: an ID number registered to someone else. */
export const PERSON_VIOLATIONS = {
  person_id_number_key: {
    reason: "ID_NUMBER_TAKEN",
    message: refusalMessage("ID_NUMBER_TAKEN", "another person holds this ID number"),
  },
} as const;
