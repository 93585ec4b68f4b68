import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/** The organisation subgraph's Person; only its id is known here (answer it with the kit's refTo). */
export const PersonRef = entityReferenceType("Person");
export type PersonRef = EntityRef;

/** The volunteers subgraph's VolunteerTeam; only its id is known here. */
export const VolunteerTeamRef = entityReferenceType("VolunteerTeam");
export type VolunteerTeamRef = EntityRef;
