import {
  CANCEL_CLOSES_BEFORE_MINUTES,
  CHECK_IN_OPENS_BEFORE_MINUTES,
  CORRECTION_SLACK_MINUTES,
  NO_SHOW_BLOCK_COUNT,
  NO_SHOW_BLOCK_DAYS,
  SHIFT_CAPACITY_MAX,
  SHIFT_CAPACITY_MIN,
  SHIFT_MAX_HOURS,
  SIGNUP_DAYS_AHEAD_MAX,
  SIGNUP_DAYS_AHEAD_MIN,
} from "../volunteers.js";
import type { ReasonTable } from "./common.js";

/** Every reason the volunteers subgraph refuses with (besides the kit's COMMON_REASONS). */
export const VOLUNTEERS_REASONS = {
  NOT_TEAM_LEADER: {
    zh: "只有本队队长或社区工作人员可以进行此操作",
    en: "Only the team's leader or community staff may do this",
  },
  NOT_SELF: {
    zh: "只能为本人办理，社区工作人员可以代为办理",
    en: "You may do this only for yourself; community staff may do it for others",
  },
  NOT_TEAM_MEMBER: { zh: "不是该队队员", en: "Not a member of this team" },
  ALREADY_MEMBER: { zh: "已经是该队队员", en: "Already a member of this team" },
  LEADER_CANNOT_LEAVE: { zh: "队长不能退出自己带领的队伍", en: "The leader cannot leave the team he leads" },
  INVALID_PERSON_ID: { zh: "人员编号无效", en: "Not a person id returned by this API" },
  SHIFT_END_NOT_AFTER_START: { zh: "班次的结束时间须晚于开始时间", en: "A shift must end after it starts" },
  SHIFT_TOO_LONG: { zh: `一个班次最长${SHIFT_MAX_HOURS}小时`, en: `A shift lasts at most ${SHIFT_MAX_HOURS} hours` },
  CAPACITY_OUT_OF_RANGE: {
    zh: `人数上限须在${SHIFT_CAPACITY_MIN}到${SHIFT_CAPACITY_MAX}人之间`,
    en: `Capacity must be between ${SHIFT_CAPACITY_MIN} and ${SHIFT_CAPACITY_MAX}`,
  },
  SHIFT_OVER: { zh: "该班次已结束", en: "The shift is over" },
  SHIFT_FULL: { zh: "该班次已报满", en: "The shift is full" },
  ALREADY_SIGNED_UP: { zh: "已经报名该班次", en: "Already signed up for this shift" },
  SHIFT_OVERLAP: { zh: "与已报名的其他班次时间重叠", en: "Overlaps another shift already signed up for" },
  CANCEL_CLOSED: {
    zh: `开始前${CANCEL_CLOSES_BEFORE_MINUTES / 60}小时内不能取消报名`,
    en: `Cancelling closes ${CANCEL_CLOSES_BEFORE_MINUTES / 60} hours before the start`,
  },
  CHECK_IN_CLOSED: {
    zh: `签到签退时间为开始前${CHECK_IN_OPENS_BEFORE_MINUTES}分钟至班次结束`,
    en: `Check-in and check-out run from ${CHECK_IN_OPENS_BEFORE_MINUTES} minutes before the start to the end`,
  },
  ALREADY_CHECKED_IN: { zh: "已经签到", en: "Already checked in" },
  NOT_CHECKED_IN: { zh: "请先签到再签退", en: "Check in before checking out" },
  ALREADY_CHECKED_OUT: { zh: "已经签退", en: "Already checked out" },
  OUT_OF_SCOPE: { zh: "不在你的管辖范围内", en: "Outside your scope" },
  COMMUNITY_REQUIRED: {
    zh: "你可在多个社区办理，请选择社区",
    en: "You act in several communities (or none): name the community",
  },
  UNKNOWN_COMMUNITY: { zh: "没有这个社区", en: "No such community" },
  SHIFT_CANCELLED: { zh: "该班次已取消", en: "The shift is cancelled" },
  SHIFT_STARTED: { zh: "班次已开始，不能再修改时间", en: "The shift has started: its times can no longer change" },
  CAPACITY_BELOW_SIGNUPS: { zh: "人数上限不能少于已报名人数", en: "Capacity cannot be below the number signed up" },
  SHIFT_HAS_ATTENDANCE: {
    zh: "已有志愿者签到，不能取消该班次",
    en: "Volunteers have already checked in: the shift cannot be cancelled",
  },
  SIGNUP_NOT_OPEN_YET: { zh: "报名尚未开放", en: "Sign-up for this shift has not opened yet" },
  SIGNUP_BLOCKED: {
    zh: `${NO_SHOW_BLOCK_DAYS}天内缺勤${NO_SHOW_BLOCK_COUNT}次，暂不能自行报名，请联系社区工作人员`,
    en: `${NO_SHOW_BLOCK_COUNT} no-shows within ${NO_SHOW_BLOCK_DAYS} days: ask community staff to sign you up or lift the block`,
  },
  NOT_SIGNUP_BLOCKED: { zh: "该志愿者未被限制报名", en: "The volunteer is not blocked from signing up" },
  ALREADY_LEADER: { zh: "此人已是该队队长", en: "This person already leads the team" },
  SIGNUP_DAYS_AHEAD_OUT_OF_RANGE: {
    zh: `提前报名天数须在${SIGNUP_DAYS_AHEAD_MIN}到${SIGNUP_DAYS_AHEAD_MAX}天之间`,
    en: `Sign-up opens between ${SIGNUP_DAYS_AHEAD_MIN} and ${SIGNUP_DAYS_AHEAD_MAX} days ahead`,
  },
  CORRECTION_END_NOT_AFTER_START: { zh: "签退时间须晚于签到时间", en: "The check-out must come after the check-in" },
  CORRECTION_OUTSIDE_SHIFT: {
    zh: `更正的时间须在班次前后${CORRECTION_SLACK_MINUTES}分钟以内`,
    en: `Corrected times lie within ${CORRECTION_SLACK_MINUTES} minutes of the shift`,
  },
  CERTIFICATE_PERIOD_NOT_OVER: { zh: "证明的时段须已结束", en: "A certificate covers a period that is over" },
  NO_SERVICE_IN_PERIOD: {
    zh: "该时段内没有可证明的志愿服务时长",
    en: "No service time to certify in this period (in your communities)",
  },
  CORRECTION_IN_FUTURE: { zh: "更正的签退时间不能晚于现在", en: "A corrected check-out cannot be in the future" },
  HOLDER_NOT_READABLE: {
    zh: "无法读取该志愿者的姓名，暂不能出具证明",
    en: "The volunteer's name cannot be read (by you, or the graph is unreachable): no certificate issued",
  },
  CALENDAR_FEED_UNKNOWN: { zh: "日历订阅链接无效或已重置", en: "Unknown or reset calendar feed link" },
  PERSON_REQUIRED: { zh: "须以本人身份登录", en: "Sign in as a person to do this" },
} as const satisfies ReasonTable;
