import type { DataSource } from "typeorm";
import { demoCommunityId, districtSize, generatedCommunities } from "@dongting/subgraph-kit/seed";
import { mondayOf } from "@dongting/domain/station-calendar";
import { localInstant, toLocal } from "@dongting/domain/local-time";

/*
 * SEED_DISTRICT=N (PostgreSQL only): every generated community (4..N) gets a station shaped like Dongting's,
 * its eight zones with their opening hours, and the week of bookings Dongting has around the clock's now,
 * each copied in one set-based statement (1,200 zones and ~100,000 bookings for 150 communities).
 * Ids follow the kit's district numbering: zone p of community c is demoZoneId(c * 256 + p) (as the
 * neighbours'), community c is demoCommunityId(c), booker i of community c is districtPersonId(c, i).
 */

const ZONE_ID = (c: string, position: string) => `('00000000-0000-4000-a000-' || lpad(to_hex(${c} * 256 + ${position}), 12, '0'))::uuid`;
const COMMUNITY_ID = (c: string) => `('00000000-0000-4000-a005-' || lpad(${c}::text, 12, '0'))::uuid`;
const PERSON_ID = (c: string, i: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(10000000 + ${c} * 100000 + ${i}), 12, '0'))::uuid`;

/** Whether the database is PostgreSQL (a URL) rather than the embedded PGlite. */
const onPostgres = (db: DataSource): boolean => !!(db.options as { url?: string }).url;

/** Seeds the generated communities' stations once (nothing when SEED_DISTRICT is unset, on PGlite, or done). */
export async function seedDistrictStations(db: DataSource, now: Date, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const size = districtSize(env);
  if (size === 0) return;
  if (!onPostgres(db)) throw new Error("SEED_DISTRICT needs PostgreSQL (DATABASE_URL): the embedded database holds one street");
  const [{ done }] = await db.query(`SELECT count(*)::int AS done FROM zone WHERE community_id = $1`, [demoCommunityId(4)]);
  if (done > 0) return;
  const communities = generatedCommunities(size);
  const dongting = demoCommunityId(1);
  const monday = mondayOf(toLocal(now).date);
  const weekFrom = localInstant(monday, 0);
  const weekTo = new Date(weekFrom.getTime() + 7 * 24 * 3600_000);
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO zone (id, community_id, name, kind, capacity, exclusive, requires_approval, position)
       SELECT ${ZONE_ID("c", "z.position")}, ${COMMUNITY_ID("c")}, z.name, z.kind, z.capacity, z.exclusive, z.requires_approval, z.position
         FROM zone z CROSS JOIN unnest($2::int[]) AS c WHERE z.community_id = $1`,
      [dongting, communities],
    );
    await manager.query(
      `INSERT INTO zone_opening_hours (zone_id, weekday, opens, closes)
       SELECT ${ZONE_ID("c", "z.position")}, h.weekday, h.opens, h.closes
         FROM zone_opening_hours h JOIN zone z ON z.id = h.zone_id CROSS JOIN unnest($2::int[]) AS c WHERE z.community_id = $1`,
      [dongting, communities],
    );
    await manager.query(
      `INSERT INTO booking (zone_id, community_id, zone_exclusive, title, starts_at, ends_at, attendees, status, organiser_id,
                            checked_in_at, created_by)
       SELECT ${ZONE_ID("c", "z.position")}, ${COMMUNITY_ID("c")}, b.zone_exclusive, b.title, b.starts_at, b.ends_at, b.attendees,
              b.status, ${PERSON_ID("c", "(row_number() OVER (PARTITION BY c ORDER BY b.starts_at) % 1000)")}, b.checked_in_at, NULL
         FROM booking b JOIN zone z ON z.id = b.zone_id CROSS JOIN unnest($2::int[]) AS c
        WHERE b.community_id = $1 AND b.starts_at >= $3 AND b.starts_at < $4`,
      [dongting, communities, weekFrom, weekTo],
    );
  });
}
