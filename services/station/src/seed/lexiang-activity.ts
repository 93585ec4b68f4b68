import { demoCommunityId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { BookingStatus } from "../domain/booking-status.js";
import { ItemStatus } from "../domain/item-status.js";
import { addDays, addMinutes, DAY_MINUTES, localInstant, parseClockTime, toLocal, type LocalDate } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";
import { VisitorGroup } from "../domain/visitors.js";
import { ZoneKind } from "../domain/zone-kind.js";
import { demoZoneId, LEXIANG_ZONES } from "./lexiang-zones.js";

/** The Lexiang station is Dongting's (demo community 1). */
export const DONGTING = demoCommunityId(1);

const zoneIdOf = (kind: ZoneKind) => demoZoneId(LEXIANG_ZONES.find((zone) => zone.kind === kind)!.position);
const exclusiveOf = (kind: ZoneKind) => LEXIANG_ZONES.find((zone) => zone.kind === kind)!.exclusive;

/** Stable ids for the demo's recurring series. */
const demoSeriesId = (n: number) => `00000000-0000-4000-b000-${n.toString(16).padStart(12, "0")}`;

interface Recurring {
  series: number;
  kind: ZoneKind;
  title: string;
  /** ISO weekdays it happens on. */
  weekdays: number[];
  from: string;
  to: string;
  attendees: number;
  organiser: number;
}

const WORKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** What the station runs week after week (one demo series per line). */
const RECURRING: Recurring[] = [
  {
    series: 1,
    kind: ZoneKind.MULTIPURPOSE,
    title: "留守儿童免费体育课（湖北工业大学青年志愿者）",
    weekdays: [6],
    from: "09:00",
    to: "11:00",
    attendees: 30,
    organiser: 5,
  },
  { series: 2, kind: ZoneKind.MEETING, title: "班长议事会", weekdays: [3], from: "19:00", to: "21:00", attendees: 25, organiser: 6 },
  { series: 3, kind: ZoneKind.MEETING, title: "社区两委例会", weekdays: [1], from: "09:00", to: "10:30", attendees: 12, organiser: 1 },
  {
    series: 4,
    kind: ZoneKind.REST_STOP,
    title: "骑手午间歇脚",
    weekdays: WORKDAYS,
    from: "11:30",
    to: "13:30",
    attendees: 10,
    organiser: 3,
  },
  {
    series: 5,
    kind: ZoneKind.REST_STOP,
    title: "骑手夜间歇脚",
    weekdays: EVERY_DAY,
    from: "20:00",
    to: "22:00",
    attendees: 6,
    organiser: 3,
  },
  { series: 6, kind: ZoneKind.CHILDREN, title: "四点半课堂", weekdays: WORKDAYS, from: "16:00", to: "18:00", attendees: 20, organiser: 5 },
  { series: 7, kind: ZoneKind.FITNESS, title: "太极拳晨练", weekdays: EVERY_DAY, from: "07:00", to: "08:00", attendees: 15, organiser: 40 },
  { series: 8, kind: ZoneKind.READING, title: "亲子共读", weekdays: [7], from: "10:00", to: "11:30", attendees: 12, organiser: 4 },
];

export interface DemoBooking {
  zoneId: string;
  communityId: string;
  zoneExclusive: boolean;
  title: string;
  startsAt: Date;
  endsAt: Date;
  attendees: number;
  status: BookingStatus;
  organiserId: string;
  seriesId: string | null;
  checkedInAt: Date | null;
  decisionNote: string | null;
  createdBy: string;
}

/** Monday of the local week holding `now`. */
const weekStart = (now: Date): LocalDate => mondayOf(toLocal(now).date);

/**
 * Two past and four coming weeks of bookings around `now`: past ones checked in (every seventh a
 * no-show), coming ones confirmed, plus two requests awaiting approval and one cancellation.
 */
export function demoBookings(now: Date): DemoBooking[] {
  const monday = weekStart(now);
  const bookings: DemoBooking[] = [];
  for (let day = -14; day < 28; day++) {
    const date = addDays(monday, day);
    const weekday = (((day % 7) + 7) % 7) + 1;
    for (const item of RECURRING.filter((r) => r.weekdays.includes(weekday))) {
      const startsAt = localInstant(date, parseClockTime(item.from)!);
      const endsAt = localInstant(date, parseClockTime(item.to)!);
      const past = startsAt.getTime() < now.getTime();
      const noShow = past && bookings.length % 7 === 3;
      bookings.push({
        zoneId: zoneIdOf(item.kind),
        communityId: DONGTING,
        zoneExclusive: exclusiveOf(item.kind),
        title: item.title,
        startsAt,
        endsAt,
        attendees: item.attendees,
        status: past ? (noShow ? BookingStatus.NO_SHOW : BookingStatus.CHECKED_IN) : BookingStatus.CONFIRMED,
        organiserId: demoPersonId(item.organiser),
        seriesId: demoSeriesId(item.series),
        checkedInAt: past && !noShow ? addMinutes(startsAt, -5) : null,
        decisionNote: null,
        createdBy: demoPersonId(3),
      });
    }
  }
  const nextWeek = addDays(monday, 7);
  const single = (
    kind: ZoneKind,
    date: LocalDate,
    from: string,
    to: string,
    title: string,
    attendees: number,
    status: BookingStatus,
    organiser: number,
  ) => ({
    zoneId: zoneIdOf(kind),
    communityId: DONGTING,
    zoneExclusive: exclusiveOf(kind),
    title,
    startsAt: localInstant(date, parseClockTime(from)!),
    endsAt: localInstant(date, parseClockTime(to)!),
    attendees,
    status,
    organiserId: demoPersonId(organiser),
    seriesId: null,
    checkedInAt: null,
    decisionNote: null,
    createdBy: demoPersonId(organiser),
  });
  bookings.push(
    single(ZoneKind.CHILDREN, addDays(nextWeek, 5), "14:00", "16:00", "小朋友生日会", 15, BookingStatus.PENDING, 4),
    single(ZoneKind.MULTIPURPOSE, addDays(nextWeek, 6), "14:00", "17:00", "东亭广场舞比赛", 60, BookingStatus.PENDING, 12),
    single(ZoneKind.MEETING, addDays(nextWeek, 3), "14:00", "16:00", "物业服务协调会", 18, BookingStatus.CANCELLED, 2),
  );
  return bookings;
}

export interface DemoClosure {
  zoneId: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  createdBy: string;
}

/** The reading corner closes one Tuesday morning next week (no booking then). */
export function demoClosures(now: Date): DemoClosure[] {
  const tuesday = addDays(weekStart(now), 8);
  return [
    {
      zoneId: zoneIdOf(ZoneKind.READING),
      startsAt: localInstant(tuesday, parseClockTime("08:30")!),
      endsAt: localInstant(tuesday, parseClockTime("12:30")!),
      reason: "书架消毒与图书整理",
      createdBy: demoPersonId(3),
    },
  ];
}

export interface DemoItem {
  communityId: string;
  title: string;
  description: string | null;
  status: ItemStatus;
  ownerId: string;
  claimantId: string | null;
  postedAt: Date;
  claimedAt: Date | null;
  closedAt: Date | null;
}

const ITEMS: Array<
  [title: string, description: string | null, status: ItemStatus, owner: number, claimant: number | null, daysAgo: number]
> = [
  ["儿童自行车", "九成新，适合5-8岁", ItemStatus.AVAILABLE, 4, null, 1],
  ["旧书一箱", "小学课外读物约30本", ItemStatus.AVAILABLE, 21, null, 2],
  ["电饭煲", "3升，功能正常", ItemStatus.RESERVED, 33, 4, 3],
  ["婴儿推车", null, ItemStatus.AVAILABLE, 47, null, 4],
  ["冬季棉衣", "男款XL，两件", ItemStatus.GIVEN, 58, 77, 9],
  ["台灯", "护眼台灯，带USB口", ItemStatus.AVAILABLE, 64, null, 5],
  ["围棋一副", "云子，棋盘稍旧", ItemStatus.RESERVED, 89, 6, 6],
  ["书桌", "1.2米，需自提", ItemStatus.WITHDRAWN, 102, null, 12],
  ["轮椅", "折叠式，适合行动不便老人", ItemStatus.GIVEN, 115, 140, 20],
  ["收音机", "老式收音机，能收中波", ItemStatus.AVAILABLE, 150, null, 7],
];

export function demoItems(now: Date): DemoItem[] {
  return ITEMS.map(([title, description, status, owner, claimant, daysAgo]) => {
    const postedAt = addMinutes(now, -daysAgo * DAY_MINUTES);
    const claimed = claimant !== null;
    const closed = status === ItemStatus.GIVEN || status === ItemStatus.WITHDRAWN;
    return {
      communityId: DONGTING,
      title,
      description,
      status,
      ownerId: demoPersonId(owner),
      claimantId: claimed ? demoPersonId(claimant) : null,
      postedAt,
      claimedAt: claimed ? addMinutes(postedAt, 6 * 60) : null,
      closedAt: closed ? addMinutes(postedAt, 30 * 60) : null,
    };
  });
}

export interface DemoVisitorEntry {
  zoneId: string;
  communityId: string;
  visitedOn: string;
  group: VisitorGroup;
  visitors: number;
  note: string | null;
  recordedBy: string;
}

/** Daily counts for the last 180 days: riders at the rest stop, children, the elderly and residents at the help desk. */
export function demoVisitorLog(now: Date): DemoVisitorEntry[] {
  const today = toLocal(now).date;
  const entries: DemoVisitorEntry[] = [];
  for (let back = 180; back >= 1; back--) {
    const date = addDays(today, -back);
    const weekday = toLocal(localInstant(date, 12 * 60)).weekday;
    const weekend = weekday >= 6;
    const add = (kind: ZoneKind, group: VisitorGroup, visitors: number, note: string | null = null) =>
      entries.push({ zoneId: zoneIdOf(kind), communityId: DONGTING, visitedOn: date, group, visitors, note, recordedBy: demoPersonId(3) });
    add(
      ZoneKind.REST_STOP,
      VisitorGroup.NEW_EMPLOYMENT_WORKER,
      18 + ((back * 7) % 17) + (weekend ? 6 : 0),
      back % 30 === 0 ? "雨天，骑手较多" : null,
    );
    if (back % 3 === 0) add(ZoneKind.REST_STOP, VisitorGroup.ELDERLY, 3 + (back % 5));
    add(ZoneKind.CHILDREN, VisitorGroup.CHILD, weekend ? 22 + (back % 9) : 12 + ((back * 5) % 9));
    if (weekday <= 6) {
      add(ZoneKind.HELP_DESK, VisitorGroup.ELDERLY, 6 + ((back * 3) % 7));
      add(ZoneKind.HELP_DESK, VisitorGroup.RESIDENT, 9 + ((back * 11) % 8));
    }
  }
  return entries;
}

/**
 * One resident (person 41) waiting for the help desk tomorrow morning, as a busy 万事通 leaves people: the
 * staff's waitlist view has a row before anyone joins one.
 */
export function demoWaitlist(now: Date) {
  const tomorrow = addDays(toLocal(now).date, 1);
  return [
    {
      zoneId: demoZoneId(1),
      communityId: DONGTING,
      personId: demoPersonId(41),
      startsAt: localInstant(tomorrow, parseClockTime("09:00")!),
      endsAt: localInstant(tomorrow, parseClockTime("10:00")!),
      attendees: 2,
    },
  ];
}
