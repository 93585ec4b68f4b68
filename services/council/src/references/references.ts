import { entityReferenceType, type EntityRef } from "@dongting/subgraph-kit";

/*
 * Other subgraphs' entities, known here by their ids only (the owners resolve the rest through the gateway):
 * organisation's Person, Community and Neighbourhood, station's Booking (the 议事厅 booking of a meeting) and
 * requests' ResidentRequest (the request a proposal grew out of).
 */
export const PersonReference = entityReferenceType("Person");
export type PersonReference = EntityRef;
export const CommunityReference = entityReferenceType("Community");
export type CommunityReference = EntityRef;
export const NeighbourhoodReference = entityReferenceType("Neighbourhood");
export type NeighbourhoodReference = EntityRef;
export const BookingReference = entityReferenceType("Booking");
export type BookingReference = EntityRef;
/**
 * Resolvable here (not `resolvable: false`) because this subgraph contributes `ResidentRequest.proposals`: the
 * gateway hands us `{ id }` and asks for that field.
 */
export const ResidentRequestReference = entityReferenceType("ResidentRequest", { resolvable: true });
export type ResidentRequestReference = EntityRef;
