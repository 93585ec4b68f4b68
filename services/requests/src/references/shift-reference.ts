import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The volunteers subgraph's Shift, known here by its id only (the owner resolves the rest through the gateway). */
export const ShiftReference = entityReferenceType("Shift");
export type ShiftReference = EntityRef;
