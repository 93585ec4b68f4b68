import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "@dongting/subgraph-kit";
import { insertInChunks, seedGeographyCopy } from "@dongting/subgraph-kit/seed";
import { seedTeamCopy } from "../copy/team-copy.js";
import { Booking } from "../booking/booking.entity.js";
import { ZoneClosure } from "../closure/closure.entity.js";
import { ExchangeItem } from "../exchange/exchange-item.entity.js";
import { VisitorLogEntry } from "../visitor/visitor-log.entity.js";
import { WaitlistEntry } from "../waitlist/waitlist-entry.entity.js";
import { ZoneOpeningHours } from "../zone/opening-hours.entity.js";
import { Zone } from "../zone/zone.entity.js";
import { seedDistrictStations } from "./district-stations.js";
import { demoBookings, demoClosures, demoItems, demoVisitorLog, demoWaitlist, DONGTING } from "./lexiang-activity.js";
import { demoZoneId, LEXIANG_ZONES, type ZoneSeed } from "./lexiang-zones.js";
import { NEIGHBOURS, neighbourBookings, neighbourItems, neighbourZones } from "./neighbour-stations.js";

const BATCH = 200;

type PlacedZone = ZoneSeed & { id: string; communityId: string };

async function insertZones(manager: EntityManager, zones: readonly PlacedZone[]): Promise<void> {
  await manager.insert(
    Zone,
    zones.map(({ week: _week, ...zone }) => zone),
  );
  const hours = zones.flatMap((zone) =>
    Object.entries(zone.week).flatMap(([weekday, intervals]) =>
      intervals.map(([opens, closes]) => ({ zoneId: zone.id, weekday: Number(weekday), opens, closes })),
    ),
  );
  await manager.insert(ZoneOpeningHours, hours);
}

/** Dongting's eight zones, unchanged but for their community. */
const seedZones = (manager: EntityManager) =>
  insertZones(
    manager,
    LEXIANG_ZONES.map((zone) => ({ ...zone, id: demoZoneId(zone.position), communityId: DONGTING })),
  );

/** The neighbours' two rooms each, with their bookings and 百宝箱 items. */
async function seedNeighbours(manager: EntityManager, now: Date): Promise<void> {
  await insertZones(manager, NEIGHBOURS.flatMap(neighbourZones));
  await insertInChunks(
    manager,
    Booking,
    NEIGHBOURS.flatMap((community) => neighbourBookings(community, now)),
    BATCH,
  );
  await insertInChunks(
    manager,
    ExchangeItem,
    NEIGHBOURS.flatMap((community) => neighbourItems(community, now)),
    BATCH,
  );
}

/** The read copies of the demo street's geography and teams, so the station works before its first pull. */
async function seedCopies(db: DataSource): Promise<void> {
  await seedGeographyCopy(db);
  await seedTeamCopy(db);
}

/** Bookings, a closure, 百宝箱 items, the visitor log and a waiting resident, dated around `now`. */
async function seedActivity(manager: EntityManager, now: Date): Promise<void> {
  await insertInChunks(manager, Booking, demoBookings(now), BATCH);
  await insertInChunks(manager, ZoneClosure, demoClosures(now), BATCH);
  await insertInChunks(manager, ExchangeItem, demoItems(now), BATCH);
  await insertInChunks(manager, VisitorLogEntry, demoVisitorLog(now), BATCH);
  await manager.insert(WaitlistEntry, demoWaitlist(now));
}

/** Only the read copies and Dongting's eight zones with their opening hours (tests start from these). */
export async function seedLexiangZones(db: DataSource): Promise<void> {
  await seedCopies(db);
  await db.transaction(seedZones);
}

/** The neighbours' rooms alone, for tests across communities. */
export async function seedNeighbourZones(db: DataSource): Promise<void> {
  await db.transaction((manager) => insertZones(manager, NEIGHBOURS.flatMap(neighbourZones)));
}

/**
 * Loads the demo street's stations into an empty database: Dongting's Lexiang station (the zones, a few
 * weeks of bookings around the clock's now, items in the 百宝箱, half a year of visitor log) and the
 * neighbours' rooms; does nothing when zones exist. The read copies are topped up every time (idempotent),
 * and SEED_DISTRICT=N adds the generated communities' stations (PostgreSQL).
 */
export async function seedLexiang(db: DataSource, clock: Clock): Promise<void> {
  await seedCopies(db);
  const now = clock.now();
  if ((await db.manager.count(Zone)) === 0) {
    await db.transaction(async (manager) => {
      await seedZones(manager);
      await seedActivity(manager, now);
      await seedNeighbours(manager, now);
    });
  }
  await seedDistrictStations(db, now);
}
