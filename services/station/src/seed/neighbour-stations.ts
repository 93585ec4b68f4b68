import { DEMO_COMMUNITIES, demoPersonId, type DemoCommunity } from "@dongting/subgraph-kit/seed";
import { addDays, addMinutes, DAY_MINUTES, localInstant, parseClockTime, toLocal } from "@dongting/domain/local-time";
import { mondayOf } from "@dongting/domain/station-calendar";
import { BookingStatus } from "../domain/booking-status.js";
import { ItemStatus } from "../domain/item-status.js";
import { ZoneKind } from "../domain/zone-kind.js";
import type { DemoBooking, DemoItem } from "./lexiang-activity.js";
import { demoZoneId, type ZoneSeed } from "./lexiang-zones.js";

/*
 * The two smaller neighbours of Dongting on 水果湖街道 (demo communities 2 and 3) each run a small station:
 * a reading room and a multi-purpose room, with a few weeks of bookings and a handful of 百宝箱 items, so
 * scoping shows (staff of one community do not run the other's rooms).
 */

export const NEIGHBOURS: readonly DemoCommunity[] = DEMO_COMMUNITIES.slice(1);

/** Zone k (1, 2) of neighbour community c (2, 3): ids after Dongting's eight (0x201.., 0x301..). */
export const neighbourZoneId = (c: number, k: number): string => demoZoneId(c * 256 + k);

const everyDay = (opens: string, closes: string) =>
  Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [day, [[opens, closes] as [string, string]]]));

/** The community's name without 社区, for its rooms' names (水果湖阅读室). */
const shortName = (community: DemoCommunity) => community.name.replace(/社区$/, "");

export function neighbourZones(community: DemoCommunity): Array<ZoneSeed & { id: string; communityId: string }> {
  const name = shortName(community);
  return [
    {
      id: neighbourZoneId(community.n, 1),
      communityId: community.id,
      position: 1,
      name: `${name}阅读室`,
      kind: ZoneKind.READING,
      capacity: 20,
      exclusive: false,
      requiresApproval: false,
      week: everyDay("09:00", "20:00"),
    },
    {
      id: neighbourZoneId(community.n, 2),
      communityId: community.id,
      position: 2,
      name: `${name}多功能室`,
      kind: ZoneKind.MULTIPURPOSE,
      capacity: 50,
      exclusive: true,
      requiresApproval: true,
      week: everyDay("08:30", "21:00"),
    },
  ];
}

/** A weekly reading club and a weekly meeting per neighbour, two weeks back and four ahead of `now`. */
export function neighbourBookings(community: DemoCommunity, now: Date): DemoBooking[] {
  const monday = mondayOf(toLocal(now).date);
  const [reading, hall] = neighbourZones(community);
  const organiser = demoPersonId(community.people.first + 10);
  const bookings: DemoBooking[] = [];
  for (let week = -2; week < 4; week++) {
    const plan: Array<[typeof reading, number, string, string, string, number]> = [
      [reading, 6, "10:00", "11:30", `${shortName(community)}读书会`, 12],
      [hall, 2, "19:00", "21:00", `${shortName(community)}居民议事会`, 30],
    ];
    for (const [zone, weekday, from, to, title, attendees] of plan) {
      const date = addDays(monday, week * 7 + weekday - 1);
      const startsAt = localInstant(date, parseClockTime(from)!);
      const past = startsAt.getTime() < now.getTime();
      bookings.push({
        zoneId: zone.id,
        communityId: community.id,
        zoneExclusive: zone.exclusive,
        title,
        startsAt,
        endsAt: localInstant(date, parseClockTime(to)!),
        attendees,
        status: past ? BookingStatus.CHECKED_IN : BookingStatus.CONFIRMED,
        organiserId: organiser,
        seriesId: null,
        checkedInAt: past ? addMinutes(startsAt, -5) : null,
        decisionNote: null,
        createdBy: organiser,
      });
    }
  }
  return bookings;
}

/** Three items on each neighbour's board, posted by its people. */
export function neighbourItems(community: DemoCommunity, now: Date): DemoItem[] {
  const first = community.people.first;
  const items: Array<[string, ItemStatus, number, number | null, number]> = [
    ["儿童绘本十本", ItemStatus.AVAILABLE, first + 20, null, 2],
    ["电风扇", ItemStatus.RESERVED, first + 21, first + 22, 4],
    ["折叠椅两把", ItemStatus.AVAILABLE, first + 23, null, 6],
  ];
  return items.map(([title, status, owner, claimant, daysAgo]) => {
    const postedAt = addMinutes(now, -daysAgo * DAY_MINUTES);
    return {
      communityId: community.id,
      title,
      description: null,
      status,
      ownerId: demoPersonId(owner),
      claimantId: claimant === null ? null : demoPersonId(claimant),
      postedAt,
      claimedAt: claimant === null ? null : addMinutes(postedAt, 120),
      closedAt: null,
    };
  });
}
