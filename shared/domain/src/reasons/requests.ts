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
} as const satisfies ReasonTable;

export type RequestsReason = keyof typeof REQUESTS_REASONS;
