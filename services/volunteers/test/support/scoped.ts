import type { As } from "@dongting/subgraph-kit/testing";
import { demoOrgUnitId, demoPersonId, STREET_UNIT } from "@dongting/subgraph-kit/seed";
import type { Role } from "@dongting/subgraph-kit";
import { DONGTING, SHUIGUOHU } from "./fixtures.js";

/** A person holding one role in one community (a COMMUNITY grant), as organisation's stored grants issue it. */
export const inCommunity = (personIndex: number, role: Role, communityId: string): As => ({
  personId: demoPersonId(personIndex),
  grants: [{ role, scope: { kind: "COMMUNITY", id: communityId } }],
});

/** 李敏, Dongting's community staff; a staff member of 水果湖 (its person 602). */
export const dongtingStaff = inCommunity(2, "COMMUNITY_STAFF", DONGTING);
export const shuiguohuStaff = inCommunity(602, "COMMUNITY_STAFF", SHUIGUOHU);
/** 孙建华, the street's staff member: reads all three communities, writes in none (STREET grants are read-mostly). */
export const streetStaff: As = {
  personId: demoPersonId(7),
  grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "STREET", id: demoOrgUnitId(STREET_UNIT) } }],
};
