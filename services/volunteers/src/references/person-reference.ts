import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/**
 * The organisation subgraph's Person. Resolvable here (not `resolvable: false`) because this subgraph
 * contributes `Person.volunteer`: the gateway hands us `{ id }` and asks for that field.
 */
export const PersonReference = entityReferenceType("Person", { resolvable: true });
export type PersonReference = EntityRef;
