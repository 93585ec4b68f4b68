import { createEnumLabels, type Locale } from "@dongting/ui-kit";

export type ZoneKind =
  | "HELP_DESK"
  | "FITNESS"
  | "ITEM_EXCHANGE"
  | "READING"
  | "CHILDREN"
  | "MEETING"
  | "REST_STOP"
  | "MULTIPURPOSE";

export type BookingStatus = "PENDING" | "CONFIRMED" | "REJECTED" | "CANCELLED" | "CHECKED_IN" | "NO_SHOW";

export const zoneKindLabel = createEnumLabels<ZoneKind>({
  "zh-CN": {
    HELP_DESK: "万事通",
    FITNESS: "健身角",
    ITEM_EXCHANGE: "百宝箱",
    READING: "阅读区",
    CHILDREN: "儿童乐园",
    MEETING: "议事厅",
    REST_STOP: "歇脚点",
    MULTIPURPOSE: "多功能厅",
  },
  "en-US": {
    HELP_DESK: "Help desk",
    FITNESS: "Fitness corner",
    ITEM_EXCHANGE: "Item exchange",
    READING: "Reading",
    CHILDREN: "Children",
    MEETING: "Meeting room",
    REST_STOP: "Rest stop",
    MULTIPURPOSE: "Multipurpose hall",
  },
});

export const bookingStatusLabel = createEnumLabels<BookingStatus>({
  "zh-CN": {
    PENDING: "待审批",
    CONFIRMED: "已确认",
    REJECTED: "已驳回",
    CANCELLED: "已取消",
    CHECKED_IN: "已签到",
    NO_SHOW: "未到场",
  },
  "en-US": {
    PENDING: "Pending",
    CONFIRMED: "Confirmed",
    REJECTED: "Rejected",
    CANCELLED: "Cancelled",
    CHECKED_IN: "Checked in",
    NO_SHOW: "No-show",
  },
});

export const BOOKING_STATUS_COLOR: Record<BookingStatus, string> = {
  PENDING: "gold",
  CONFIRMED: "green",
  REJECTED: "red",
  CANCELLED: "default",
  CHECKED_IN: "blue",
  NO_SHOW: "volcano",
};

const WEEKDAYS: Record<Locale, string[]> = {
  "zh-CN": ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
  "en-US": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};

/** 1 = Monday .. 7 = Sunday, as in the contract's OpeningHours. */
export function weekdayLabel(locale: Locale, weekday: number): string {
  return WEEKDAYS[locale][weekday - 1] ?? String(weekday);
}

/** A utilisation rate (0..1, or null when the zone was never open) as a whole percentage. */
export function utilisationPercent(rate: number | null | undefined): number | null {
  if (rate == null || !Number.isFinite(rate)) return null;
  return Math.round(Math.min(Math.max(rate, 0), 1) * 100);
}
