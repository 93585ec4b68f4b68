import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Neighbourhood, known here by its id only (the owner resolves the rest through the gateway). */
export const NeighbourhoodReference = entityReferenceType("Neighbourhood");
export type NeighbourhoodReference = EntityRef;
