import type { ReasonTable } from "./common.js";

/** Why the requests subgraph refuses something: one entry per `extensions.reason` its rules raise. */
export const REQUESTS_REASONS = {
  SUBMITTER_NOT_SELF: { zh: "居民只能为自己提交诉求", en: "Residents submit requests only for themselves" },
  SUBMITTER_REQUIRED: { zh: "请选择提出诉求的居民", en: "Name the resident the request is for" },
  UNKNOWN_CATEGORY: { zh: "没有这个诉求分类", en: "There is no such request category" },
  NOT_OWN_REQUEST: { zh: "只能查看自己提交的诉求", en: "You may read only your own requests" },
  PERSONAL_FILTER_NOT_ALLOWED: {
    zh: "集成账号不能按提交人筛选诉求",
    en: "Integrator accounts may not filter requests by submitter",
  },
  NOT_SUBMITTER: { zh: "只有诉求提交人可以评价", en: "Only the submitter may rate the request" },
  TEAM_ONLY_FOR_VOLUNTEERS: {
    zh: "只有派给志愿服务力量时才能指定志愿服务队",
    en: "A volunteer team may be named only when dispatching volunteers",
  },
  SCORE_OUT_OF_RANGE: { zh: "评分须为 1 到 5 分", en: "The score must be from 1 to 5" },
  STATUS_FORBIDS_ACTION: { zh: "诉求当前的状态不允许这项操作", en: "The request's current status does not allow this" },
  HIGHEST_LEVEL_REACHED: {
    zh: "诉求已由区级办理，无法再向上报送",
    en: "The request is already handled by the district, the highest level",
  },
  ALREADY_RATED: { zh: "该诉求已经评价过了", en: "The request has already been rated" },
  NO_RATING_TO_REVIEW: { zh: "居民尚未评价，暂不能反评", en: "There is no rating to review yet" },
  ALREADY_REVIEWED: { zh: "该评价已经反评过了", en: "The rating has already been reviewed" },
  DEPARTMENT_ALREADY_EVALUATED: { zh: "已就该诉求评价过这个部门", en: "This department has already been evaluated for this request" },
  MIN_COUNT_OUT_OF_RANGE: { zh: "最少评价次数至少为 1", en: "The minimum count must be at least 1" },
  OUT_OF_SCOPE: { zh: "该诉求不在您的管辖范围内", en: "This is outside the area you act in" },
  UNKNOWN_COMMUNITY: { zh: "没有这个社区（或尚未同步）", en: "There is no such community (or it is not known here yet)" },
  UNKNOWN_GRID: { zh: "没有这个网格（或尚未同步）", en: "There is no such grid (or it is not known here yet)" },
  UNKNOWN_NEIGHBOURHOOD: { zh: "没有这个小区（或尚未同步）", en: "There is no such neighbourhood (or it is not known here yet)" },
  NEIGHBOURHOOD_NOT_IN_COMMUNITY: { zh: "该小区不属于所选社区", en: "The neighbourhood is not in the chosen community" },
  GRID_NOT_IN_COMMUNITY: { zh: "该网格不属于所选社区", en: "The grid is not in the chosen community" },
  NEIGHBOURHOOD_NOT_IN_GRID: { zh: "该小区不属于所选网格", en: "The neighbourhood is not in the chosen grid" },
  REQUEST_NOT_IN_COMMUNITY: { zh: "该诉求不属于所选社区", en: "The request is not in the chosen community" },
  COMMUNITY_REQUIRED: { zh: "请选择诉求所在的社区", en: "Choose the community the request is for" },
  INVALID_MONTH: { zh: "月份格式应为 YYYY-MM", en: "The month must be written YYYY-MM" },

  // Work forces, dispatch and worklists (issue 12).
  UNKNOWN_UNIT: { zh: "没有这个承办单位", en: "There is no such service unit" },
  UNIT_NOT_IN_COMMUNITY: { zh: "该承办单位不属于诉求所在社区", en: "The service unit is not in the request's community" },
  UNIT_INACTIVE: { zh: "该承办单位已停用", en: "The service unit is no longer active" },
  UNIT_ALREADY_HANDLING: { zh: "该承办单位已在办理这件诉求", en: "This unit already handles the request" },
  UNIT_NAME_TAKEN: { zh: "本社区已有同名的承办单位", en: "The community already has a unit of that name" },
  PERSON_NOT_IN_UNIT: { zh: "该人员不是这个承办单位的成员", en: "The person is not a member of the unit" },
  LEADER_NOT_MEMBER: { zh: "负责人须是承办单位的成员", en: "The leader must be one of the unit's members" },
  VOLUNTEER_TEAM_REQUIRED: {
    zh: "志愿服务力量的承办单位须关联一支志愿服务队",
    en: "A volunteer unit must be linked to a volunteer team",
  },
  NOT_UNIT_MEMBER: { zh: "只有承办单位的成员可以办理派给它的诉求", en: "Only members of a handling unit may act on its requests" },
  NOT_UNIT_LEADER: { zh: "只有承办单位负责人可以在单位内改派", en: "Only the unit's leader may reassign within the unit" },
  RULE_POSITION_TAKEN: { zh: "该顺序号已有派单规则", en: "A dispatch rule already has that position" },

  // Deadlines (SLA) per category and urgency (issue 12).
  DEADLINES_INCOMPLETE: {
    zh: "须为红、黄、绿三种紧急程度各设一组时限",
    en: "Give one set of deadlines for each of RED, YELLOW and GREEN",
  },
  DEADLINE_HOURS_INVALID: {
    zh: "时限须为整小时：响应时限至少 1 小时且不能长于办结时限，办结时限最长 2160 小时（90 天）",
    en: "Deadlines are whole hours: respond-within at least 1 and no longer than resolve-within, resolve-within at most 2160 (90 days)",
  },

  // No gaming the rates (issue 12).
  NO_REVIEW_TO_CONFIRM: { zh: "没有待确认的“不合理”反评", en: "There is no unreasonable review waiting to be confirmed" },
  REVIEW_ALREADY_CONFIRMED: { zh: "该反评已经确认过了", en: "The review has already been confirmed" },
  OWN_REVIEW: { zh: "反评须由另一位工作人员确认", en: "Another staff member must confirm the review" },
  REOPEN_WINDOW_PASSED: { zh: "诉求办结已超过 7 天，不能再重新打开", en: "The request closed more than 7 days ago and cannot be reopened" },
  NOT_SUBMITTER_OR_STAFF: {
    zh: "只有诉求提交人或社区工作人员可以重新打开诉求",
    en: "Only the submitter or community staff may reopen the request",
  },
} as const satisfies ReasonTable;

export type RequestsReason = keyof typeof REQUESTS_REASONS;
