import { createEnumLabels } from "@dongting/ui-kit";

export type OrgUnitKind =
  | "STREET_WORKING_COMMITTEE"
  | "COMMUNITY_COMMITTEE"
  | "COMPOUND_ORGANISATION"
  | "BUILDING_GROUP"
  | "CENTRAL_HOUSEHOLD";

export type CompoundForm = "ENTITY" | "FUNCTIONAL";

export const orgUnitKindLabel = createEnumLabels<OrgUnitKind>({
  "zh-CN": {
    STREET_WORKING_COMMITTEE: "街道党工委",
    COMMUNITY_COMMITTEE: "社区党委",
    COMPOUND_ORGANISATION: "小区党组织",
    BUILDING_GROUP: "楼栋党小组",
    CENTRAL_HOUSEHOLD: "党员中心户",
  },
  "en-US": {
    STREET_WORKING_COMMITTEE: "Street working committee",
    COMMUNITY_COMMITTEE: "Community party committee",
    COMPOUND_ORGANISATION: "Compound party organisation",
    BUILDING_GROUP: "Building party group",
    CENTRAL_HOUSEHOLD: "Party central household",
  },
});

export const compoundFormLabel = createEnumLabels<CompoundForm>({
  "zh-CN": { ENTITY: "实体型", FUNCTIONAL: "功能型" },
  "en-US": { ENTITY: "Entity-type", FUNCTIONAL: "Function-type" },
});

/** Tag colour per level of the tree, top (red) to bottom. */
export const ORG_UNIT_KIND_COLOR: Record<OrgUnitKind, string> = {
  STREET_WORKING_COMMITTEE: "red",
  COMMUNITY_COMMITTEE: "volcano",
  COMPOUND_ORGANISATION: "orange",
  BUILDING_GROUP: "gold",
  CENTRAL_HOUSEHOLD: "blue",
};

/** The lowest level; it never has child units, so the tree shows it as a leaf. */
export function isLeafKind(kind: OrgUnitKind): boolean {
  return kind === "CENTRAL_HOUSEHOLD";
}
