import { ZoneKind } from "../domain/zone-kind.js";

/** Stable ids for the demo station's zones, so demo links and other seeds can name them. */
export function demoZoneId(position: number): string {
  return `00000000-0000-4000-a000-${position.toString(16).padStart(12, "0")}`;
}

type Interval = [opens: string, closes: string];

export interface ZoneSeed {
  position: number;
  name: string;
  kind: ZoneKind;
  capacity: number;
  exclusive: boolean;
  requiresApproval: boolean;
  /** Opening intervals for weekdays 1 (Monday) .. 7 (Sunday). */
  week: Record<number, Interval[]>;
}

const everyDay = (...intervals: Interval[]) => Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [day, intervals]));
const workdays = (...intervals: Interval[]) => Object.fromEntries([1, 2, 3, 4, 5].map((day) => [day, intervals]));

/** The eight zones of the Lexiang station (乐享驿站) of Dongting. */
export const LEXIANG_ZONES: ZoneSeed[] = [
  {
    position: 1,
    name: "万事通",
    kind: ZoneKind.HELP_DESK,
    capacity: 10,
    exclusive: false,
    requiresApproval: false,
    week: { ...workdays(["08:30", "12:00"], ["14:00", "17:30"]), 6: [["09:00", "12:00"]] },
  },
  {
    position: 2,
    name: "健身角",
    kind: ZoneKind.FITNESS,
    capacity: 20,
    exclusive: false,
    requiresApproval: false,
    week: everyDay(["06:30", "21:00"]),
  },
  {
    position: 3,
    name: "百宝箱",
    kind: ZoneKind.ITEM_EXCHANGE,
    capacity: 8,
    exclusive: false,
    requiresApproval: false,
    week: everyDay(["09:00", "18:00"]),
  },
  {
    position: 4,
    name: "阅读角",
    kind: ZoneKind.READING,
    capacity: 30,
    exclusive: false,
    requiresApproval: false,
    week: everyDay(["08:30", "20:30"]),
  },
  {
    position: 5,
    name: "儿童之家",
    kind: ZoneKind.CHILDREN,
    capacity: 25,
    exclusive: true,
    requiresApproval: true,
    // After school on workdays, all day at weekends.
    week: { ...workdays(["15:30", "19:00"]), 6: [["09:00", "17:00"]], 7: [["09:00", "17:00"]] },
  },
  {
    position: 6,
    name: "议事厅",
    kind: ZoneKind.MEETING,
    capacity: 40,
    exclusive: true,
    requiresApproval: false,
    week: { ...workdays(["08:30", "21:00"]), 6: [["08:30", "21:00"]] },
  },
  {
    position: 7,
    name: "暖心驿站",
    kind: ZoneKind.REST_STOP,
    capacity: 16,
    exclusive: false,
    requiresApproval: false,
    // Delivery riders rest between lunch and dinner rushes and late in the evening.
    week: everyDay(["07:00", "22:00"]),
  },
  {
    position: 8,
    name: "多功能厅",
    kind: ZoneKind.MULTIPURPOSE,
    capacity: 80,
    exclusive: true,
    requiresApproval: true,
    week: everyDay(["08:30", "21:00"]),
  },
];
