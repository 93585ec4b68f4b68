import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Community, known here by its id only (the owner resolves the rest through the gateway). */
export const CommunityReference = entityReferenceType("Community");
export type CommunityReference = EntityRef;
