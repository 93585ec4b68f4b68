import type { DataSource } from "typeorm";
import {
  DEMO_GIVEN_NAMES,
  DEMO_SURNAMES,
  DISTRICT_SHAPE,
  districtCommunity,
  districtSize,
  generatedCommunities,
} from "@dongting/subgraph-kit/seed";

/** A demo id of organisation's kinds (the kit's demo-community.ts), written in SQL: decimal, or hex for people. */
const decimalId = (kind: string, n: string) => `('00000000-0000-4000-${kind}-' || lpad((${n})::text, 12, '0'))::uuid`;
const personId = (n: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
const label = (id: string) => `text2ltree(replace((${id})::text, '-', '_'))`;

/**
 * SEED_DISTRICT=N: communities 4..N of the kit's district shape (seed/district.ts), set-based (generate_series),
 * in one transaction: streets (org units 100 + s), committees (1,000 + c), 10 grids, 240 neighbourhoods and
 * 15,000 people per community (named as Dongting's), and a GRID grant per grid leader. PostgreSQL only: PGlite holds one
 * process's memory and would take minutes. Prints how long it took.
 */
export async function seedDistrictIfAsked(db: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const n = districtSize(env);
  if (n === 0) return;
  const [{ version }]: Array<{ version: string }> = await db.query(`SELECT version()`);
  if (/emscripten|wasm/i.test(version)) {
    throw new Error("SEED_DISTRICT needs PostgreSQL (DATABASE_URL): the embedded PGlite database cannot hold a district");
  }
  const started = Date.now();
  const communities = generatedCommunities(n).map(districtCommunity);
  const { gridsPerCommunity: grids, neighbourhoodsPerGrid, peoplePerCommunity: people } = DISTRICT_SHAPE;
  const neighbourhoods = grids * neighbourhoodsPerGrid;
  await db.transaction(async (manager) => {
    const streets = [...new Set(communities.map((c) => c.streetUnitId))];
    await manager.query(
      `INSERT INTO org_unit (id, name, kind, parent_id, path, community_id)
       SELECT s.id, '第' || s.ord || '街道党工委', 'STREET_WORKING_COMMITTEE', NULL, ${label("s.id")}, NULL
       FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, ord) ON CONFLICT (id) DO NOTHING`,
      [streets],
    );
    // The community first (its committee unit belongs to it), then the committee, then the link back.
    await manager.query(
      `INSERT INTO community (id, code, name, street_unit_id, committee_unit_id)
       SELECT c.id, c.code, c.name, c.street, NULL
       FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[]) AS c(id, code, name, street) ON CONFLICT (id) DO NOTHING`,
      [
        communities.map((c) => c.id),
        communities.map((c) => c.code),
        communities.map((c) => c.name),
        communities.map((c) => c.streetUnitId),
      ],
    );
    await manager.query(
      `INSERT INTO org_unit (id, name, kind, parent_id, path, community_id)
       SELECT c.committee, c.name || '党委', 'COMMUNITY_COMMITTEE', c.street, ${label("c.street")} || ${label("c.committee")}, c.id
       FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[]) AS c(id, name, street, committee) ON CONFLICT (id) DO NOTHING`,
      [
        communities.map((c) => c.id),
        communities.map((c) => c.name),
        communities.map((c) => c.streetUnitId),
        communities.map((c) => c.committeeUnitId),
      ],
    );
    await manager.query(
      `UPDATE community SET committee_unit_id = c.committee FROM unnest($1::uuid[], $2::uuid[]) AS c(id, committee) WHERE community.id = c.id`,
      [communities.map((c) => c.id), communities.map((c) => c.committeeUnitId)],
    );
    // Community c's grid g is demo grid 10,000 + 10c + g, neighbourhood k 1,000,000 + 1,000c + k, person i 10,000,000 + 100,000c + i.
    const cs = `generate_series(4, ${n}) AS c`;
    await manager.query(
      `INSERT INTO grid (id, code, name, community_id)
       SELECT ${decimalId("a001", "10000 + c * 10 + g")}, cm.code || '-' || lpad((g + 1)::text, 2, '0'), cm.name || '第' || (g + 1) || '网格', cm.id
       FROM ${cs} CROSS JOIN generate_series(0, ${grids - 1}) AS g JOIN community cm ON cm.id = ${decimalId("a005", "c")}`,
    );
    await manager.query(
      `INSERT INTO neighbourhood (id, name, grid_id, community_id)
       SELECT ${decimalId("a002", "1000000 + c * 1000 + k")}, '第' || (k + 1) || '邻里',
              ${decimalId("a001", `10000 + c * 10 + k / ${neighbourhoodsPerGrid}`)}, ${decimalId("a005", "c")}
       FROM ${cs} CROSS JOIN generate_series(0, ${neighbourhoods - 1}) AS k`,
    );
    // Named and phoned as the kit's demoPersonName / demoPersonPhone name Dongting's people (person number n):
    // surname (7n mod 100) + given name (13n mod 40), phone 139 + the last 8 digits of 10,000,000 + 7919n.
    const number = "(10000000 + c * 100000 + i)::bigint";
    await manager.query(
      `INSERT INTO person (id, name, phone, roles, neighbourhood_id, community_id)
       SELECT ${personId("10000000 + c * 100000 + i")},
              ($1::text[])[1 + (${number} * 7) % array_length($1::text[], 1)] || ($2::text[])[1 + (${number} * 13) % array_length($2::text[], 1)],
              '139' || right((10000000 + ${number} * 7919)::text, 8),
              CASE WHEN i < ${grids} THEN ARRAY['GRID_LEADER']::varchar[] ELSE '{}'::varchar[] END,
              ${decimalId("a002", `1000000 + c * 1000 + i % ${neighbourhoods}`)}, ${decimalId("a005", "c")}
       FROM ${cs} CROSS JOIN generate_series(0, ${people - 1}) AS i`,
      [[...DEMO_SURNAMES], [...DEMO_GIVEN_NAMES]],
    );
    await manager.query(
      `UPDATE grid SET leader_id = ${personId("10000000 + c * 100000 + g")}
       FROM ${cs} CROSS JOIN generate_series(0, ${grids - 1}) AS g WHERE grid.id = ${decimalId("a001", "10000 + c * 10 + g")}`,
    );
    await manager.query(
      `INSERT INTO role_grant (person_id, role, scope_kind, scope_id, granted_at)
       SELECT ${personId("10000000 + c * 100000 + g")}, 'GRID_LEADER', 'GRID', ${decimalId("a001", "10000 + c * 10 + g")}, now()
       FROM ${cs} CROSS JOIN generate_series(0, ${grids - 1}) AS g`,
    );
  });
  console.log(
    `SEED_DISTRICT=${n}: communities 4..${n} (${communities.length * people} people) seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
