import type { DataSource } from "typeorm";
import { addDays, toLocal } from "@dongting/domain/local-time";
import { DISTRICT_COPY_SQL, DISTRICT_COUNTERS_SQL, DISTRICT_REQUESTS_SQL } from "./district-sql.js";
import { workingCalendarArrays } from "./district-working-time.js";

/** The calendar the district's deadlines walk: the seeded year and, after it, room for the longest deadline (2160 working hours). */
const CALENDAR_DAYS_BEFORE = 370;
const CALENDAR_DAYS = CALENDAR_DAYS_BEFORE + 500;

/**
 * SEED_DISTRICT=N: communities 4..N (the kit's seed/district.ts), ~4,000 requests a year each (600,000 for
 * 150), set-based in three statements; PostgreSQL only (PGlite would take minutes and a lot of memory).
 */
export async function seedDistrictRequests(db: DataSource, anchor: Date, size: number): Promise<void> {
  if (!("url" in db.options && db.options.url)) throw new Error("SEED_DISTRICT needs PostgreSQL (set DATABASE_URL)");
  const started = Date.now();
  await db.transaction(async (manager) => {
    for (const statement of DISTRICT_COPY_SQL) await manager.query(statement, [size]);
    const calendar = workingCalendarArrays(addDays(toLocal(anchor).date, -CALENDAR_DAYS_BEFORE), CALENDAR_DAYS);
    await manager.query(DISTRICT_REQUESTS_SQL, [anchor, size, calendar.first, calendar.working, calendar.before, calendar.workingDays]);
    await manager.query(DISTRICT_COUNTERS_SQL);
  });
  await db.query(`ANALYZE resident_request`);
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM resident_request`);
  console.log(`[requests] district seed: ${size} communities, ${n} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
