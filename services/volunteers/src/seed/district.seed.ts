import type { DataSource } from "typeorm";
import { DISTRICT_SHAPE, districtSize } from "@dongting/subgraph-kit/seed";
import { startOfLocalWeek, toLocal } from "@dongting/domain/local-time";

/**
 * SEED_DISTRICT=N (PostgreSQL only, docs/tenancy.md): communities 4..N, each with 4 teams (team numbers
 * c * 100 + t, t = 1..4, so a team's number names its community) of 8 members and 30 shifts a week
 * (DISTRICT_SHAPE) from six weeks back to two ahead, plus their geography in the copy so the subgraph
 * resolves scopes before its first pull. Set-based SQL: a handful of statements whatever N is.
 */

/** The weekly slots of a generated community's teams: t, ISO weekday, start hour (local), hours, capacity. */
const WEEK: Array<[team: number, weekday: number, hour: number, hours: number, capacity: number]> = [
  ...[1, 2, 3, 4, 5, 6, 7].flatMap((d) => [[1, d, 8, 2, 6] as const, [1, d, 19, 2, 6] as const]),
  ...[1, 2, 3, 4, 5, 6].map((d) => [2, d, 9, 2, 5] as const),
  ...[1, 2, 3, 4, 5, 6].map((d) => [3, d, 14, 2, 5] as const),
  ...[4, 5, 6, 7].map((d) => [4, d, 15, 2, 8] as const),
].map((slot) => [...slot]);

const TEAMS = [
  { t: 1, kind: "PATROL", name: "巡逻队", title: "巡逻" },
  { t: 2, kind: "RED_NEIGHBOUR", name: "红色邻里队", title: "红色邻里上门探访" },
  { t: 3, kind: "ELDERLY_CARE", name: "助老服务队", title: "助老服务" },
  { t: 4, kind: "YOUTH", name: "青年志愿队", title: "青年志愿服务" },
];
const MEMBERS_PER_TEAM = 8;
const WEEKS_BACK = 6;
const WEEKS_AHEAD = 2;

// The kit's id schemes (seed/demo-community.ts, seed/district.ts), as SQL over the community number c.
const hexId = (prefix: string, n: string) => `('${prefix}' || lpad(to_hex(${n}), 12, '0'))::uuid`;
const decimalId = (prefix: string, n: string) => `('${prefix}' || lpad((${n})::text, 12, '0'))::uuid`;
const communityIdSql = (c: string) => decimalId("00000000-0000-4000-a005-", c);
const orgUnitIdSql = (u: string) => decimalId("00000000-0000-4000-a004-", u);
const gridIdSql = (c: string, g: string) => decimalId("00000000-0000-4000-a001-", `10000 + ${c} * 10 + ${g}`);
const teamIdSql = (c: string, t: string) => hexId("00000000-0003-4000-8000-", `${c} * 100 + ${t}`);
const personIdSql = (c: string, i: string) => hexId("00000000-0000-4000-8000-", `10000000 + ${c} * 100000 + ${i}`);
const streetUnitSql = (c: string) => orgUnitIdSql(`100 + (${c} - 4) / ${DISTRICT_SHAPE.communitiesPerStreet}`);

const isPostgres = (db: DataSource): boolean => "url" in db.options && Boolean(db.options.url);

export async function seedDistrict(db: DataSource, now: Date): Promise<void> {
  const n = districtSize();
  if (n <= 3) return;
  if (!isPostgres(db)) throw new Error("SEED_DISTRICT needs PostgreSQL (set VOLUNTEERS_DATABASE_URL)");
  const already: unknown[] = await db.query(`SELECT 1 FROM "volunteer_team" WHERE "id" = ${teamIdSql("$1::int", "1")}`, [n]);
  if (already.length > 0) return;
  const monday = toLocal(startOfLocalWeek(now)).date;
  const { gridsPerCommunity, neighbourhoodsPerGrid } = DISTRICT_SHAPE;
  await db.transaction(async (manager) => {
    const range = `generate_series(4, $1::int) c`;
    await manager.query(
      `INSERT INTO "geo_community" ("id", "code", "name", "street_id")
       SELECT ${communityIdSql("c")}, 'C' || lpad(c::text, 3, '0'), '第' || c || '社区', ${streetUnitSql("c")} FROM ${range}
       ON CONFLICT DO NOTHING`,
      [n],
    );
    await manager.query(
      `INSERT INTO "geo_org_unit" ("id", "community_id")
       SELECT ${orgUnitIdSql("1000 + c")}, ${communityIdSql("c")} FROM ${range}
       UNION SELECT ${streetUnitSql("c")}, NULL FROM ${range}
       ON CONFLICT DO NOTHING`,
      [n],
    );
    await manager.query(
      `INSERT INTO "geo_grid" ("id", "community_id")
       SELECT ${gridIdSql("c", "g")}, ${communityIdSql("c")} FROM ${range}, generate_series(0, ${gridsPerCommunity - 1}) g
       ON CONFLICT DO NOTHING`,
      [n],
    );
    await manager.query(
      `INSERT INTO "geo_neighbourhood" ("id", "grid_id", "community_id")
       SELECT ${decimalId("00000000-0000-4000-a002-", "1000000 + c * 1000 + k")}, ${gridIdSql("c", `k / ${neighbourhoodsPerGrid}`)}, ${communityIdSql("c")}
       FROM ${range}, generate_series(0, ${gridsPerCommunity * neighbourhoodsPerGrid - 1}) k
       ON CONFLICT DO NOTHING`,
      [n],
    );
    const teams = `unnest($2::int[], $3::text[], $4::text[]) AS tm(t, kind, name)`;
    await manager.query(
      `INSERT INTO "volunteer_team" ("id", "name", "kind", "leader_id", "community_id", "created_at")
       SELECT ${teamIdSql("c", "tm.t")}, '第' || c || '社区' || tm.name, tm.kind, ${personIdSql("c", "100 + tm.t * 10")}, ${communityIdSql("c")}, $5
       FROM ${range}, ${teams}`,
      [n, TEAMS.map((t) => t.t), TEAMS.map((t) => t.kind), TEAMS.map((t) => t.name), now],
    );
    await manager.query(
      `INSERT INTO "volunteer" ("person_id", "created_at")
       SELECT ${personIdSql("c", "100 + t * 10 + j")}, $2 FROM ${range}, generate_series(1, 4) t, generate_series(0, ${MEMBERS_PER_TEAM - 1}) j
       ON CONFLICT ("person_id") DO NOTHING`,
      [n, now],
    );
    await manager.query(
      `INSERT INTO "team_membership" ("team_id", "volunteer_id", "joined_at")
       SELECT ${teamIdSql("c", "t")}, v."id", $2
       FROM ${range}, generate_series(1, 4) t, generate_series(0, ${MEMBERS_PER_TEAM - 1}) j
       JOIN "volunteer" v ON true
       WHERE v."person_id" = ${personIdSql("c", "100 + t * 10 + j")}`,
      [n, now],
    );
    await manager.query(
      `INSERT INTO "shift" ("team_id", "community_id", "title", "starts_at", "ends_at", "capacity", "location")
       SELECT ${teamIdSql("c", "s.t")}, ${communityIdSql("c")}, tt.title,
              (($2::date + d) + make_interval(hours => s.hour)) AT TIME ZONE 'Asia/Shanghai',
              (($2::date + d) + make_interval(hours => s.hour + s.hours)) AT TIME ZONE 'Asia/Shanghai',
              s.capacity, '第' || c || '社区'
       FROM ${range},
            unnest($3::int[], $4::int[], $5::int[], $6::int[], $7::int[]) AS s(t, weekday, hour, hours, capacity),
            unnest($8::int[], $9::text[]) AS tt(t, title),
            generate_series(${-WEEKS_BACK * 7}, ${(WEEKS_AHEAD + 1) * 7 - 1}) d
       WHERE tt.t = s.t AND extract(isodow FROM $2::date + d) = s.weekday`,
      [n, monday, ...[0, 1, 2, 3, 4].map((column) => WEEK.map((slot) => slot[column])), TEAMS.map((t) => t.t), TEAMS.map((t) => t.title)],
    );
  });
}
