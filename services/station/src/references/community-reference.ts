import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Community; only its id is known here. */
export const CommunityReference = entityReferenceType("Community");
export type CommunityReference = EntityRef;
