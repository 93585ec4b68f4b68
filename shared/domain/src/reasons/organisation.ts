import type { ReasonTable } from "./common.js";

/** Every reason the organisation subgraph refuses with (besides the kit's COMMON_REASONS), in both UI languages. */
export const ORGANISATION_REASONS = {
  KINDS_DO_NOT_NEST: {
    zh: "该类型的党组织不能设在这个上级组织之下",
    en: "This kind of unit cannot sit under that parent",
  },
  FORM_REQUIRED: {
    zh: "小区党组织须选择实体型或功能型",
    en: "A compound organisation needs a form (entity or functional)",
  },
  FORM_NOT_ALLOWED: {
    zh: "只有小区党组织才区分实体型和功能型",
    en: "Only a compound organisation has a form",
  },
  MOVE_UNDER_ITSELF: {
    zh: "不能把党组织移到它自身或它的下级组织之下",
    en: "A unit cannot move under itself or one of its own descendants",
  },
  SECRETARY_NOT_A_MEMBER: {
    zh: "书记须是本组织或其下级组织的党员",
    en: "The secretary must be a party member of the unit or of a unit below it",
  },
  SECRETARY_WOULD_LEAVE_UNIT: {
    zh: "这样会使书记离开其任职的党组织，请先另行任命书记",
    en: "This would take a secretary out of the unit they serve; appoint another secretary first",
  },
  HAS_CHILDREN: {
    zh: "该党组织还有下级组织，不能删除",
    en: "The unit still has subordinate units",
  },
  HAS_MEMBERS: {
    zh: "该党组织还有党员，不能删除",
    en: "The unit still has party members",
  },
  MAX_DEPTH_NEGATIVE: {
    zh: "层数不能为负数",
    en: "maxDepth must not be negative",
  },
  PHONE_NOT_MOBILE: {
    zh: "请填写中国大陆手机号码（11 位，以 13 至 19 开头）",
    en: "Enter a mainland mobile number (11 digits, starting 13 to 19)",
  },
  GRID_CODE_MALFORMED: {
    zh: "网格编号须为 1 至 20 位字母、数字或连字符",
    en: "A grid code is 1 to 20 letters, digits or hyphens",
  },
  GRID_CODE_TAKEN: {
    zh: "该网格编号已被使用",
    en: "This grid code is already used",
  },
  NEIGHBOURHOOD_NAME_TAKEN: {
    zh: "该网格下已有同名的小邻里",
    en: "The grid already has a neighbourhood of this name",
  },
  BUILDING_NAME_TAKEN: {
    zh: "该小邻里下已有同名的楼栋",
    en: "The neighbourhood already has a building of this name",
  },
  // Many communities and scoped role grants (issue 11).
  OUT_OF_SCOPE: {
    zh: "不在你的管辖范围内",
    en: "This is outside your scope",
  },
  GRANT_SCOPE_NOT_COVERED: {
    zh: "你的授权范围不包含该范围，不能授予或收回此角色",
    en: "Your grants do not cover that scope: you cannot grant or revoke this role there",
  },
  UNKNOWN_SCOPE: {
    zh: "找不到该范围（网格、党组织、社区或街道）",
    en: "No such grid, org unit, community or street for this scope",
  },
  SCOPE_ID_REQUIRED: {
    zh: "请选择授权范围",
    en: "This kind of scope needs a scope id",
  },
  SCOPE_ID_NOT_ALLOWED: {
    zh: "全局授权不需要选择范围",
    en: "A GLOBAL grant has no scope id",
  },
  GRANT_EXISTS: {
    zh: "此人已在该范围内拥有这个角色",
    en: "The person already holds this role in this scope",
  },
  COMMUNITY_REQUIRED: {
    zh: "请选择所属社区",
    en: "Choose the community it belongs to",
  },
  CROSSES_COMMUNITIES: {
    zh: "不能跨社区移动：网格、小邻里、楼栋、党组织和居民的所属社区不能更改",
    en: "This would move something to another community; community memberships never change",
  },
  // People and party records (issue 13 point 6).
  ID_NUMBER_INVALID: {
    zh: "请填写有效的 18 位居民身份证号码（校验位不符或出生日期无效）",
    en: "Enter a valid 18-digit resident ID number (check digit or birth date is wrong)",
  },
  ID_NUMBER_TAKEN: {
    zh: "该身份证号码已登记在另一人名下",
    en: "This ID number is already registered to someone else",
  },
  BUILDING_NOT_IN_NEIGHBOURHOOD: {
    zh: "所选楼栋不属于所选小邻里",
    en: "The building is not in the chosen neighbourhood",
  },
  NOT_A_PARTY_MEMBER: {
    zh: "此人不是党员",
    en: "This person is not a party member",
  },
  SAME_BRANCH: {
    zh: "此人的组织关系已在该党组织，无需转接",
    en: "The membership is already in this unit",
  },
  DATE_INVALID: {
    zh: "请填写有效日期（年-月-日）",
    en: "Enter a valid date (YYYY-MM-DD)",
  },
  DATE_IN_FUTURE: {
    zh: "日期不能晚于今天",
    en: "The date must not be after today",
  },
  DUTIES_REQUIRED: {
    zh: "请填写 1 至 10 项服务内容",
    en: "List 1 to 10 service duties",
  },
  SUNK_DOWN_REPORT_EXISTS: {
    zh: "此人当天已登记过报到",
    en: "This member already reported on that day",
  },
  COVERAGE_TOO_LARGE: {
    zh: "一个党组织最多关联 200 个网格或楼栋",
    en: "A unit covers at most 200 grids or buildings",
  },
} as const satisfies ReasonTable;

export type OrganisationReason = keyof typeof ORGANISATION_REASONS;
