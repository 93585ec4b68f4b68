import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { insertInChunks } from "@dongting/subgraph-kit/seed";
import { Booking } from "../booking/booking.entity.js";
import { ZoneClosure } from "../closure/closure.entity.js";
import { ExchangeItem } from "../exchange/exchange-item.entity.js";
import { VisitorLogEntry } from "../visitor/visitor-log.entity.js";
import { ZoneOpeningHours } from "../zone/opening-hours.entity.js";
import { Zone } from "../zone/zone.entity.js";
import { demoBookings, demoClosures, demoItems, demoVisitorLog } from "./lexiang-activity.js";
import { demoZoneId, LEXIANG_ZONES } from "./lexiang-zones.js";

const BATCH = 200;

async function seedZones(manager: EntityManager): Promise<void> {
  await manager.insert(
    Zone,
    LEXIANG_ZONES.map(({ week: _week, ...zone }) => ({ ...zone, id: demoZoneId(zone.position) })),
  );
  const hours = LEXIANG_ZONES.flatMap((zone) =>
    Object.entries(zone.week).flatMap(([weekday, intervals]) =>
      intervals.map(([opens, closes]) => ({ zoneId: demoZoneId(zone.position), weekday: Number(weekday), opens, closes })),
    ),
  );
  await manager.insert(ZoneOpeningHours, hours);
}

/** Bookings, a closure, 百宝箱 items and the visitor log, dated around `now`. */
async function seedActivity(manager: EntityManager, now: Date): Promise<void> {
  await insertInChunks(manager, Booking, demoBookings(now), BATCH);
  await insertInChunks(manager, ZoneClosure, demoClosures(now), BATCH);
  await insertInChunks(manager, ExchangeItem, demoItems(now), BATCH);
  await insertInChunks(manager, VisitorLogEntry, demoVisitorLog(now), BATCH);
}

/** Only the eight zones and their opening hours (tests start from these). */
export async function seedLexiangZones(db: DataSource): Promise<void> {
  await db.transaction(seedZones);
}

/**
 * Loads the Lexiang station into an empty database (the zones, a few weeks of bookings around the clock's
 * now, items in the 百宝箱, half a year of visitor log); does nothing when zones exist.
 */
export async function seedLexiang(db: DataSource, clock: Clock): Promise<void> {
  if ((await db.manager.count(Zone)) > 0) return;
  const now = clock.now();
  await db.transaction(async (manager) => {
    await seedZones(manager);
    await seedActivity(manager, now);
  });
}
