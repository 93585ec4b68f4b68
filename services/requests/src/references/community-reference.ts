import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Community, known here by its id only (the copy knows its code and name for labels). */
export const CommunityReference = entityReferenceType("Community");
export type CommunityReference = EntityRef;
