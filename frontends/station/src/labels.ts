import { createEnumLabels, type Locale } from "@dongting/ui-kit";
import type { BookingStatus, ItemStatus, VisitorGroup, ZoneKind } from "./gql/graphql";

/** The schema's enums, as generated from it. */
export type { BookingStatus, ItemStatus, VisitorGroup, ZoneKind };

export const zoneKindLabel = createEnumLabels<ZoneKind>({
  "zh-CN": {
    HELP_DESK: "万事通",
    FITNESS: "健身角",
    ITEM_EXCHANGE: "百宝箱",
    READING: "阅读角",
    CHILDREN: "儿童之家",
    MEETING: "议事厅",
    REST_STOP: "暖心驿站",
    MULTIPURPOSE: "多功能厅",
  },
  "en-US": {
    HELP_DESK: "Help desk",
    FITNESS: "Fitness corner",
    ITEM_EXCHANGE: "Item exchange",
    READING: "Reading corner",
    CHILDREN: "Children's room",
    MEETING: "Meeting hall",
    REST_STOP: "Rider rest stop",
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

export const ALL_BOOKING_STATUSES: readonly BookingStatus[] = ["PENDING", "CONFIRMED", "CHECKED_IN", "NO_SHOW", "REJECTED", "CANCELLED"];

/** Calendar block colours (background, border) per status. */
export const BOOKING_STATUS_STYLE: Record<BookingStatus, { background: string; border: string; color: string }> = {
  PENDING: { background: "#fffbe6", border: "#faad14", color: "#874d00" },
  CONFIRMED: { background: "#f6ffed", border: "#52c41a", color: "#135200" },
  CHECKED_IN: { background: "#e6f4ff", border: "#1677ff", color: "#002c8c" },
  NO_SHOW: { background: "#fff2e8", border: "#fa541c", color: "#871400" },
  REJECTED: { background: "#fff1f0", border: "#ff7875", color: "#a8071a" },
  CANCELLED: { background: "#fafafa", border: "#d9d9d9", color: "#8c8c8c" },
};

export const ITEM_STATUSES: readonly ItemStatus[] = ["AVAILABLE", "RESERVED", "GIVEN", "WITHDRAWN"];

export const itemStatusLabel = createEnumLabels<ItemStatus>({
  "zh-CN": { AVAILABLE: "可认领", RESERVED: "已预留", GIVEN: "已送出", WITHDRAWN: "已撤回" },
  "en-US": { AVAILABLE: "Available", RESERVED: "Reserved", GIVEN: "Given", WITHDRAWN: "Withdrawn" },
});

export const ITEM_STATUS_COLOR: Record<ItemStatus, string> = {
  AVAILABLE: "green",
  RESERVED: "gold",
  GIVEN: "blue",
  WITHDRAWN: "default",
};

export const VISITOR_GROUPS: readonly VisitorGroup[] = ["NEW_EMPLOYMENT_WORKER", "CHILD", "ELDERLY", "RESIDENT"];

export const visitorGroupLabel = createEnumLabels<VisitorGroup>({
  "zh-CN": { NEW_EMPLOYMENT_WORKER: "新就业群体（骑手等）", CHILD: "儿童", ELDERLY: "老年人", RESIDENT: "居民" },
  "en-US": { NEW_EMPLOYMENT_WORKER: "Riders & new-employment workers", CHILD: "Children", ELDERLY: "Elderly", RESIDENT: "Residents" },
});

export const VISITOR_GROUP_COLOR: Record<VisitorGroup, string> = {
  NEW_EMPLOYMENT_WORKER: "#fa8c16",
  CHILD: "#13c2c2",
  ELDERLY: "#722ed1",
  RESIDENT: "#c8102e",
};
