import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Person; only its id is known here (answer it with the kit's refTo). */
export const PersonReference = entityReferenceType("Person");
export type PersonReference = EntityRef;
