import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/*
 * Entities owned by other subgraphs. This subgraph stores only their ids and answers `{ id }` (the kit's
 * refTo); the owning subgraph resolves the rest through the gateway (no calls between subgraphs, no SQL here).
 */

export const PersonRef = entityReferenceType("Person");
export type PersonRef = EntityRef;

export const GridRef = entityReferenceType("Grid");
export type GridRef = EntityRef;

export const NeighbourhoodRef = entityReferenceType("Neighbourhood");
export type NeighbourhoodRef = EntityRef;

export const ShiftRef = entityReferenceType("Shift");
export type ShiftRef = EntityRef;

export const VolunteerTeamRef = entityReferenceType("VolunteerTeam");
export type VolunteerTeamRef = EntityRef;
