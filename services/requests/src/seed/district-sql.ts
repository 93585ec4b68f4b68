import { COMMUNITY_TIME_ZONE } from "@dongting/domain/local-time";
import { DUE_SOON_SHARE } from "@dongting/domain/requests";
import { DISTRICT_SHAPE } from "@dongting/subgraph-kit/seed";
import { workingDeadlineSql, workingPositionSql, type CalendarParameters } from "./district-working-time.js";

/*
 * The SQL of the district seed (SEED_DISTRICT=N): communities 4..N with the ids of the kit's seed/district.ts,
 * computed in SQL exactly as those functions compute them (decimal demo numbers for organisation's rows,
 * hexadecimal for people), so every subgraph's generated rows agree.
 */

const padded = (n: string) => `lpad((${n})::text, 12, '0')`;
/** demoCommunityId, demoGridId(10,000 + c·10 + g), demoNeighbourhoodId(1,000,000 + c·1,000 + k), demoOrgUnitId. */
export const communitySql = (c: string) => `('00000000-0000-4000-a005-' || ${padded(c)})::uuid`;
export const gridSql = (c: string, g: string) => `('00000000-0000-4000-a001-' || ${padded(`10000 + (${c}) * 10 + (${g})`)})::uuid`;
export const neighbourhoodSql = (c: string, k: string) =>
  `('00000000-0000-4000-a002-' || ${padded(`1000000 + (${c}) * 1000 + (${k})`)})::uuid`;
export const orgUnitSql = (u: string) => `('00000000-0000-4000-a004-' || ${padded(u)})::uuid`;
/** districtPersonId(c, i) = demoPersonId(10,000,000 + c·100,000 + i), whose last group is hexadecimal. */
export const personSql = (c: string, i: string) =>
  `('00000000-0000-4000-8000-' || lpad(to_hex(10000000 + (${c}) * 100000 + (${i})), 12, '0'))::uuid`;

/** districtCommunityCode(c): D and three letters of c in base 26 (4 -> DAAE). */
export const communityCodeSql = (c: string) =>
  `('D' || chr(65 + ((${c}) / 676) % 26) || chr(65 + ((${c}) / 26) % 26) || chr(65 + (${c}) % 26))`;

const S = DISTRICT_SHAPE;
const NEIGHBOURHOODS = S.gridsPerCommunity * S.neighbourhoodsPerGrid;

/** The generated communities' geography in the read copy ($1 = N). */
export const DISTRICT_COPY_SQL = [
  `INSERT INTO geo_community (id, code, name, street_id)
   SELECT ${communitySql("c")}, ${communityCodeSql("c")}, '第' || c || '社区', ${orgUnitSql(`100 + (c - 4) / ${S.communitiesPerStreet}`)}
   FROM generate_series(4, $1) c ON CONFLICT (id) DO NOTHING`,
  `INSERT INTO geo_org_unit (id, community_id)
   SELECT ${orgUnitSql("1000 + c")}, ${communitySql("c")} FROM generate_series(4, $1) c
   UNION ALL SELECT DISTINCT ${orgUnitSql(`100 + (c - 4) / ${S.communitiesPerStreet}`)}, NULL::uuid FROM generate_series(4, $1) c
   ON CONFLICT (id) DO NOTHING`,
  `INSERT INTO geo_grid (id, community_id)
   SELECT ${gridSql("c", "g")}, ${communitySql("c")} FROM generate_series(4, $1) c, generate_series(0, ${S.gridsPerCommunity - 1}) g
   ON CONFLICT (id) DO NOTHING`,
  `INSERT INTO geo_neighbourhood (id, grid_id, community_id)
   SELECT ${neighbourhoodSql("c", "k")}, ${gridSql("c", `k / ${S.neighbourhoodsPerGrid}`)}, ${communitySql("c")}
   FROM generate_series(4, $1) c, generate_series(0, ${NEIGHBOURHOODS - 1}) k
   ON CONFLICT (id) DO NOTHING`,
];

const CHANNELS = `ARRAY['WECHAT','WECHAT','WECHAT','GRID_GROUP','GRID_GROUP','SECRETARY_MAILBOX','PATROL','COUNCIL','HOTLINE','WALK_IN']`;
/** The holiday calendar's parameters of DISTRICT_REQUESTS_SQL (see district-working-time.ts). */
const CALENDAR: CalendarParameters = { first: "$3::date", working: "$4::boolean[]", before: "$5::int[]", workingDays: "$6::date[]" };
/** A deadline `hours` after submission (q.at, working-time position q.pos), in working or clock time as the row says. */
const after = (hours: string) =>
  `CASE WHEN q.working_time THEN ${workingDeadlineSql("q.pos", hours, CALENDAR)} ELSE q.at + (${hours}) * interval '1 hour' END`;

/**
 * A year of requests per generated community up to $1 (the anchor), $2 = N, shaped like Dongting's: one per
 * slot of the year, ~2% rejected, the newest still open, answered and resolved within the deadlines of the
 * category's default urgency (clock or working time as its row says; $3..$6 the holiday calendar), a few late,
 * ~78% of the resolved rated (mostly 4 and 5) and closed. Each with its SUBMITTED event.
 */
export const DISTRICT_REQUESTS_SQL = `
WITH cats AS MATERIALIZED (
  SELECT k.*, (row_number() OVER (ORDER BY k.sort_order) - 1)::int AS idx, count(*) OVER ()::int AS n,
         d.respond_hours, d.resolve_hours, d.working_time
  FROM request_category k JOIN category_deadline d ON d.category_id = k.id AND d.urgency = k.default_urgency
),
draws AS MATERIALIZED (
  SELECT c, i, random() AS r_cat, random() AS r_status, random() AS r_respond, random() AS r_resolve, random() AS r_rate,
         random() AS r_score, floor(random() * ${S.peoplePerCommunity})::int AS p,
         $1::timestamptz - interval '365 days' + (i + random() * 0.9) * interval '${(365 * 86400) / S.requestsPerCommunityYear} seconds' AS at
  FROM generate_series(4, $2) c, generate_series(0, ${S.requestsPerCommunityYear - 1}) i
),
placed AS MATERIALIZED (
  SELECT d.*, k.name AS category, k.default_level AS level, k.default_urgency AS urgency,
         k.respond_hours, k.resolve_hours, k.working_time, ${workingPositionSql("d.at", CALENDAR)} AS pos
  FROM draws d JOIN cats k ON k.idx = floor(d.r_cat * k.n)::int
),
timed AS MATERIALIZED (
  SELECT q.*,
         ${after("q.respond_hours")} AS respond_by, ${after(`q.respond_hours * ${DUE_SOON_SHARE}`)} AS respond_soon,
         ${after("q.resolve_hours")} AS resolve_by, ${after(`q.resolve_hours * ${DUE_SOON_SHARE}`)} AS resolve_soon
  FROM placed q
),
shaped AS MATERIALIZED (
  SELECT t.*,
         t.at + (t.respond_by - t.at) * (CASE WHEN t.r_respond < 0.02 THEN 1.5 ELSE 0.05 + 0.85 * t.r_respond END) AS responded,
         t.at + (t.resolve_by - t.at) * (CASE WHEN t.r_resolve < 0.025 THEN 1.3 ELSE 0.3 + 0.65 * t.r_resolve END) AS resolved,
         t.p % ${NEIGHBOURHOODS} AS k
  FROM timed t
),
final AS (
  SELECT s.*,
    CASE WHEN s.r_status < 0.02 THEN 'REJECTED'
         WHEN s.responded > $1 THEN 'SUBMITTED'
         WHEN s.responded + (s.resolved - s.responded) * 0.1 > $1 THEN 'ACCEPTED'
         WHEN s.responded + (s.resolved - s.responded) * 0.2 > $1 THEN 'ASSIGNED'
         WHEN s.resolved > $1 THEN 'IN_PROGRESS'
         WHEN s.r_rate < 0.78 AND s.resolved + interval '1 day' <= $1 THEN CASE WHEN s.r_score < 0.04 THEN 'RESOLVED' ELSE 'CLOSED' END
         ELSE 'RESOLVED' END AS status,
    CASE WHEN s.r_score < 0.04 THEN 2 WHEN s.r_score < 0.08 THEN 3 WHEN s.r_score < 0.3 THEN 4 ELSE 5 END AS score
  FROM shaped s
),
inserted AS (
  INSERT INTO resident_request (code, title, description, channel, category, status, level, urgency, submitted_at, respond_by,
    respond_soon_at, resolve_by, resolve_soon_at, responded_at, resolved_at, submitter_id, client_request_id, community_id, grid_id,
    neighbourhood_id, force_kind, assignee_name, assigned_at, rating_score, rated_at, closed_at, reopened_at)
  SELECT
    ${communityCodeSql("f.c")} || '-' || extract(year FROM f.at AT TIME ZONE '${COMMUNITY_TIME_ZONE}')::int || '-' ||
      lpad(row_number() OVER (PARTITION BY f.c, extract(year FROM f.at AT TIME ZONE '${COMMUNITY_TIME_ZONE}') ORDER BY f.at, f.i)::text, 6, '0'),
    f.category || '：第' || (f.k + 1) || '小区', '居民反映' || f.category || '问题，请尽快处理。',
    (${CHANNELS})[1 + (f.i * 7 + f.c) % 10], f.category, f.status,
    CASE WHEN f.status IN ('SUBMITTED', 'REJECTED') THEN NULL ELSE f.level END,
    CASE WHEN f.status IN ('SUBMITTED', 'REJECTED') THEN NULL ELSE f.urgency END,
    -- Both deadlines are stored at submission; a rejection is the response (never after the anchor).
    f.at, f.respond_by, f.respond_soon, f.resolve_by, f.resolve_soon,
    CASE WHEN f.status = 'SUBMITTED' THEN NULL WHEN f.status = 'REJECTED' THEN LEAST(f.responded, $1) ELSE f.responded END,
    CASE WHEN f.status IN ('RESOLVED', 'CLOSED') THEN f.resolved END,
    ${personSql("f.c", "f.p")}, 'district-' || f.c || '-' || f.i, ${communitySql("f.c")},
    ${gridSql("f.c", `f.k / ${S.neighbourhoodsPerGrid}`)}, ${neighbourhoodSql("f.c", "f.k")},
    CASE WHEN f.status IN ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN 'COMMUNITY_STAFF' END,
    CASE WHEN f.status IN ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN '社区专职力量' END,
    CASE WHEN f.status IN ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') THEN f.responded + (f.resolved - f.responded) * 0.1 END,
    CASE WHEN f.status = 'CLOSED' OR (f.status = 'RESOLVED' AND f.score = 2) THEN f.score END,
    CASE WHEN f.status = 'CLOSED' OR (f.status = 'RESOLVED' AND f.score = 2) THEN f.resolved + interval '1 day' END,
    CASE WHEN f.status = 'CLOSED' THEN f.resolved + interval '1 day' END,
    -- Rated 2: reopened at the rating (and resolved again since).
    CASE WHEN f.status = 'RESOLVED' AND f.score = 2 THEN f.resolved + interval '1 day' END
  FROM final f
  RETURNING id, submitted_at, submitter_id
)
INSERT INTO request_event (request_id, at, type, note, actor_id)
SELECT id, submitted_at, 'SUBMITTED', NULL, submitter_id FROM inserted`;

/** The generated communities' code counters, from the codes issued. */
export const DISTRICT_COUNTERS_SQL = `
INSERT INTO request_code_counter (community_id, year, last_number)
SELECT community_id, split_part(code, '-', 2)::int, max(split_part(code, '-', 3)::int)
FROM resident_request WHERE client_request_id LIKE 'district-%' GROUP BY 1, 2
ON CONFLICT (community_id, year) DO UPDATE SET last_number = GREATEST(request_code_counter.last_number, EXCLUDED.last_number)`;
