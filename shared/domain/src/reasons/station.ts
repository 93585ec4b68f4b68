import type { ReasonTable } from "./common.js";

/** Every reason the station subgraph refuses with (beyond the kit's COMMON_REASONS). */
export const STATION_REASONS = {
  // Who may book, cancel and check in
  PERSON_REQUIRED: { zh: "请以本人身份登录后再操作", en: "Sign in as a person to do this" },
  BOOK_FOR_SELF_ONLY: { zh: "居民只能为自己预约", en: "Residents book for themselves" },
  TEAM_BOOKING_STAFF_ONLY: { zh: "只有驿站工作人员可以为团队预约", en: "Only station staff book for a team" },
  NOT_ORGANISER: { zh: "只有预约人或驿站工作人员可以操作此预约", en: "Only the organiser or station staff may do this" },

  // Communities (a station's staff act in their own community; a booking's team is the zone's community's)
  OUT_OF_SCOPE: { zh: "不在你的管辖范围内：这是其他社区的驿站", en: "Outside your scope: this is another community's station" },
  TEAM_NOT_IN_COMMUNITY: { zh: "该团队不属于此区域所在的社区", en: "The team is not in the zone's community" },
  UNKNOWN_TEAM: { zh: "暂未查到该团队，请稍后再试", en: "The team is not known here yet; try again shortly" },
  COMMUNITY_REQUIRED: { zh: "请选择社区", en: "Choose the community" },
  UNKNOWN_COMMUNITY: { zh: "暂未查到该社区", en: "The community is not known here yet" },

  // Booking times and size
  BOOKING_ENDS_BEFORE_START: { zh: "结束时间须晚于开始时间", en: "The booking must end after it starts" },
  BOOKING_LENGTH_OUT_OF_RANGE: { zh: "预约时长须为30分钟至4小时", en: "A booking lasts 30 minutes to 4 hours" },
  BOOKING_IN_PAST: { zh: "不能预约过去的时间", en: "The booking starts in the past" },
  BOOKING_TOO_FAR_AHEAD: { zh: "最多提前90天预约", en: "Book at most 90 days ahead" },
  ATTENDEES_OVER_CAPACITY: { zh: "人数超过该区域的容量", en: "More attendees than the zone holds" },
  BOOKING_NOTICE_TOO_SHORT: { zh: "该区域须提前预约，所选时间太近", en: "The zone must be booked further in advance" },
  BOOKING_STARTED: { zh: "预约已开始，不能再修改时间", en: "The booking has started; its time can no longer change" },

  // Booking conflicts
  OUTSIDE_OPENING_HOURS: { zh: "所选时间不在该区域的开放时间内", en: "Outside the zone's opening hours" },
  ZONE_CLOSED: { zh: "该区域在所选时间暂停开放", en: "The zone is closed at that time" },
  BOOKING_OVERLAP: { zh: "与已有预约时间冲突", en: "Overlaps an existing booking" },
  ZONE_FULL: { zh: "该时段容量不足", en: "Not enough room left at that time" },
  BUFFER: {
    zh: "与相邻预约的间隔不足，该区域需在两次预约之间留出整理时间",
    en: "Too close to another booking: the zone keeps a buffer between bookings",
  },

  // Zone settings (station staff of the zone's community)
  SETTING_OUT_OF_RANGE: { zh: "设置值超出允许范围", en: "The setting is out of its allowed range" },
  MIN_LONGER_THAN_MAX: { zh: "最短预约时长不能超过最长预约时长", en: "The minimum length is above the maximum" },
  INVALID_OPENING_HOURS: {
    zh: "开放时间有误：星期为1至7，时间为 HH:mm 且开门早于关门",
    en: "Opening hours: weekday 1..7, HH:mm, opening before closing",
  },
  OPENING_HOURS_OVERLAP: { zh: "同一天的开放时段不能重叠", en: "Opening intervals of one day overlap" },
  EXCLUSIVE_OVERLAPS_BOOKINGS: {
    zh: "该区域已有时间重叠的有效预约，不能改为独占",
    en: "Overlapping active bookings keep the zone from becoming exclusive",
  },

  // Waitlist
  ALREADY_WAITING: { zh: "你已在该时段的候补名单中", en: "You are already waiting for this time" },

  // Zone calendar feeds: one wording for an unknown token and another community's zone, so it reveals nothing.
  CALENDAR_FEED_REFUSED: { zh: "日历订阅链接无效或已重置", en: "The calendar link is not valid (it may have been reset)" },

  // Booking life cycle
  WRONG_BOOKING_STATUS: { zh: "预约当前的状态不允许此操作", en: "The booking's status does not allow this" },
  APPROVAL_TOO_LATE: { zh: "预约开始已超过30分钟，无法再审批", en: "The booking started more than 30 minutes ago" },
  BOOKING_ENDED: { zh: "预约已结束", en: "The booking is over" },
  CHECK_IN_NOT_OPEN: { zh: "签到从开始前15分钟开放", en: "Check-in opens 15 minutes before the start" },
  CHECK_IN_CLOSED: { zh: "签到已于开始后30分钟关闭", en: "Check-in closed 30 minutes after the start" },

  // Closures
  CLOSURE_IN_PAST: { zh: "不能关闭已经过去的时间", en: "The closure is already over" },
  CLOSURE_OVERLAPS_BOOKINGS: { zh: "该期间有有效预约，请先处理这些预约", en: "Active bookings overlap the closure" },
  CLOSURE_NOT_IN_EFFECT: { zh: "该关闭已结束", en: "The closure is no longer in effect" },

  // 百宝箱 exchange
  OWNER_REQUIRED: { zh: "请指定物主", en: "Name the owner of the item" },
  POST_FOR_SELF_ONLY: { zh: "只能发布自己的物品", en: "Post your own items; station staff post for others" },
  CLAIM_FOR_SELF_ONLY: { zh: "只能为自己认领", en: "Claim for yourself; station staff claim for others" },
  INVALID_CLAIMANT_ID: { zh: "认领人编号无效", en: "The claimant id is not an id of this service" },
  CLAIM_OWN_ITEM: { zh: "不能认领自己的物品", en: "The owner cannot claim their own item" },
  NOT_ITEM_OWNER: { zh: "只有物主或驿站工作人员可以操作", en: "Only the owner or station staff may do this" },
  WRONG_ITEM_STATUS: { zh: "物品当前的状态不允许此操作", en: "The item's status does not allow this" },

  // Visitor log and summaries
  INVALID_DATE: { zh: "日期格式应为 YYYY-MM-DD", en: "A date is written YYYY-MM-DD" },
  VISIT_IN_FUTURE: { zh: "不能登记未来的日期", en: "The date is in the future" },
  ZONE_KEEPS_NO_VISITOR_LOG: { zh: "只有暖心驿站、儿童之家和万事通登记来访", en: "This zone keeps no visitor log" },
  VISITOR_ENTRY_CHANGED: { zh: "该记录已被他人修改，请刷新后重试", en: "The entry changed meanwhile; reload and retry" },
  INVALID_MONTH: { zh: "月份格式应为 YYYY-MM", en: "A month is written YYYY-MM" },
  MONTH_RANGE_REVERSED: { zh: "结束月份不能早于开始月份", en: "The last month is before the first" },
  MONTH_RANGE_TOO_LONG: { zh: "最多统计24个月", en: "At most 24 months" },
} as const satisfies ReasonTable;

export type StationReason = keyof typeof STATION_REASONS;
