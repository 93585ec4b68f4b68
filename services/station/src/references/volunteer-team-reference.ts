import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The volunteers subgraph's VolunteerTeam; only its id is known here. */
export const VolunteerTeamReference = entityReferenceType("VolunteerTeam");
export type VolunteerTeamReference = EntityRef;
