import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Grid, known here by its id only (the owner resolves the rest through the gateway). */
export const GridReference = entityReferenceType("Grid");
export type GridReference = EntityRef;
