import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Person, known here by its id only (the owner resolves the rest through the gateway). */
export const PersonReference = entityReferenceType("Person");
export type PersonReference = EntityRef;
