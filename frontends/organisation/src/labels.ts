import { createEnumLabels } from "@dongting/ui-kit";
import type { CompoundForm, MembershipKind, OrgUnitKind } from "./gql/graphql";

/** The schema's enums, as generated from it. */
export type { CompoundForm, MembershipKind, OrgUnitKind };

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

export const membershipKindLabel = createEnumLabels<MembershipKind>({
  "zh-CN": { DIRECT: "直管党员", SUNK_DOWN: "下沉党员" },
  "en-US": { DIRECT: "Direct member", SUNK_DOWN: "Sunk-down member" },
});

export type ChangeAction =
  | "CREATED"
  | "RENAMED"
  | "MOVED"
  | "DELETED"
  | "SECRETARY_SET"
  | "MEMBER_JOINED"
  | "MEMBER_LEFT"
  | "MEMBERSHIP_KIND_SET"
  | "TRANSFERRED_OUT"
  | "TRANSFERRED_IN"
  | "SUNK_DOWN_REPORTED"
  | "COVERAGE_SET";

export const changeActionLabel = createEnumLabels<ChangeAction>({
  "zh-CN": {
    CREATED: "创建",
    RENAMED: "更名",
    MOVED: "调整隶属",
    DELETED: "删除",
    SECRETARY_SET: "任命书记",
    MEMBER_JOINED: "党员加入",
    MEMBER_LEFT: "党员转出",
    MEMBERSHIP_KIND_SET: "党员类别",
    TRANSFERRED_OUT: "组织关系转出",
    TRANSFERRED_IN: "组织关系转入",
    SUNK_DOWN_REPORTED: "下沉党员报到",
    COVERAGE_SET: "联系范围",
  },
  "en-US": {
    CREATED: "Created",
    RENAMED: "Renamed",
    MOVED: "Moved",
    DELETED: "Deleted",
    SECRETARY_SET: "Secretary",
    MEMBER_JOINED: "Member joined",
    MEMBER_LEFT: "Member left",
    MEMBERSHIP_KIND_SET: "Membership",
    TRANSFERRED_OUT: "Transferred out",
    TRANSFERRED_IN: "Transferred in",
    SUNK_DOWN_REPORTED: "Sunk-down report",
    COVERAGE_SET: "Coverage",
  },
});

export const CHANGE_ACTION_COLOR: Record<ChangeAction, string> = {
  CREATED: "green",
  RENAMED: "blue",
  MOVED: "purple",
  DELETED: "red",
  SECRETARY_SET: "gold",
  MEMBER_JOINED: "cyan",
  MEMBER_LEFT: "orange",
  MEMBERSHIP_KIND_SET: "geekblue",
  TRANSFERRED_OUT: "orange",
  TRANSFERRED_IN: "cyan",
  SUNK_DOWN_REPORTED: "magenta",
  COVERAGE_SET: "lime",
};

/** The leader of each level of the grid tree. */
export type GridLevel = "GRID" | "NEIGHBOURHOOD" | "BUILDING";

export const gridLevelLabel = createEnumLabels<GridLevel>({
  "zh-CN": { GRID: "网格", NEIGHBOURHOOD: "小邻里", BUILDING: "楼栋" },
  "en-US": { GRID: "Grid", NEIGHBOURHOOD: "Neighbourhood", BUILDING: "Building" },
});

export const leaderTitle = createEnumLabels<GridLevel>({
  "zh-CN": { GRID: "网格长", NEIGHBOURHOOD: "邻里长", BUILDING: "楼栋长" },
  "en-US": { GRID: "Grid leader", NEIGHBOURHOOD: "Neighbourhood leader", BUILDING: "Building leader" },
});
