import type { Grant, Role } from "@dongting/subgraph-kit";
import { demoCommunityId, demoOrgUnitId, demoPersonId, STREET_UNIT } from "@dongting/subgraph-kit/seed";
import type { As } from "@dongting/subgraph-kit/testing";
import { neighbourZoneId } from "../../src/seed/neighbour-stations.js";

/** Community A is Dongting (the Lexiang station), B is 水果湖 (its reading room and multi-purpose room). */
export const A = demoCommunityId(1);
export const B = demoCommunityId(2);
export const B_ZONE = { READING: neighbourZoneId(2, 1), HALL: neighbourZoneId(2, 2) };

const inCommunity = (role: Role, communityId: string): Grant => ({ role, scope: { kind: "COMMUNITY", id: communityId } });
const onStreet = (role: Role): Grant => ({ role, scope: { kind: "STREET", id: demoOrgUnitId(STREET_UNIT) } });

export const stationStaffA: As = { personId: demoPersonId(3), grants: [inCommunity("STATION_STAFF", A)] };
export const stationStaffB: As = { personId: demoPersonId(610), grants: [inCommunity("STATION_STAFF", B)] };
export const communityStaffA: As = { personId: demoPersonId(2), grants: [inCommunity("COMMUNITY_STAFF", A)] };
/** Station staff on the street: read every community's station, act in none (STREET never writes). */
export const streetStationStaff: As = { personId: demoPersonId(7), grants: [onStreet("STATION_STAFF")] };
export const residentA: As = { personId: demoPersonId(4), grants: [inCommunity("RESIDENT", A)] };
export const residentB: As = { personId: demoPersonId(650), grants: [inCommunity("RESIDENT", B)] };
/** A person living in one community and volunteering in another: two communities, none the default. */
export const twoCommunities: As = { personId: demoPersonId(651), grants: [inCommunity("RESIDENT", B), inCommunity("VOLUNTEER", A)] };
