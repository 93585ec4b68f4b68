import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The volunteers subgraph's VolunteerTeam, known here by its id only (the owner resolves the rest through the gateway). */
export const VolunteerTeamReference = entityReferenceType("VolunteerTeam");
export type VolunteerTeamReference = EntityRef;
