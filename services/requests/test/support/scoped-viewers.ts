import { demoCommunityId, demoGridId, demoNeighbourhoodId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As } from "@dongting/subgraph-kit/testing";

/** Viewers with scoped grants (as organisation stores them for the demo personas), and demo places. */
export const DT = demoCommunityId(1);
export const SG = demoCommunityId(2);
export const LY = demoCommunityId(3);
export const GRID_1 = demoGridId(1);
/** 水果湖's first grid and neighbourhood (the kit's demo-community ranges). */
export const SG_GRID = demoGridId(11);
export const SG_NEIGHBOURHOOD = demoNeighbourhoodId(243);
export const LY_NEIGHBOURHOOD = demoNeighbourhoodId(255);
/** Dongting's neighbourhood 1 (grid 1) and 2 (grid 2). */
export const DT_NEIGHBOURHOOD_1 = demoNeighbourhoodId(1);
export const DT_NEIGHBOURHOOD_2 = demoNeighbourhoodId(2);

/** 赵强, 网格长 of grid 1 only. */
export const gridOneLeader: As = { grants: [{ role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_1 } }], personId: demoPersonId(6) };
export const dongtingStaff: As = { grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: DT } }], personId: demoPersonId(2) };
export const shuiguoStaff: As = {
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: SG } }],
  personId: demoPersonId(615),
};
/** 孙建华, street staff: every community of 水果湖街道, read-mostly. */
export const streetStaff: As = {
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "STREET", id: demoOrgUnitId(1) } }],
  personId: demoPersonId(7),
};
/** Dongting's party secretary: the community party committee and below (ORG_UNIT scope). */
export const dongtingCommittee: As = {
  grants: [{ role: "PARTY_COMMITTEE", scope: { kind: "ORG_UNIT", id: demoOrgUnitId(2) } }],
  personId: demoPersonId(1),
};
export const dongtingResident: As = { grants: [{ role: "RESIDENT", scope: { kind: "COMMUNITY", id: DT } }], personId: demoPersonId(4) };
export const shuiguoResident: As = { grants: [{ role: "RESIDENT", scope: { kind: "COMMUNITY", id: SG } }], personId: demoPersonId(650) };
