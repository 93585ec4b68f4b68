import type { DataSource, EntityManager } from "typeorm";
import { ZoneOpeningHours } from "../zone/opening-hours.entity.js";
import { Zone } from "../zone/zone.entity.js";
import { demoZoneId, LEXIANG_ZONES } from "./lexiang-zones.js";

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

/** Only the eight zones and their opening hours (tests start from these). */
export async function seedLexiangZones(db: DataSource): Promise<void> {
  await db.transaction(seedZones);
}

/** Loads the Lexiang station into an empty database; does nothing when zones exist. */
export async function seedLexiang(db: DataSource): Promise<void> {
  if ((await db.manager.count(Zone)) > 0) return;
  await db.transaction(async (manager) => {
    await seedZones(manager);
  });
}
