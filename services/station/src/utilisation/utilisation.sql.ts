import { COMMUNITY_TIME_ZONE } from "@dongting/domain/local-time";

export interface UtilisationRow {
  zone_id: string;
  open_minutes: number;
  booked_minutes: number;
}

/**
 * One statement ($1 from, $2 to): each local day of the window joined with the opening hours of its weekday
 * gives the open periods (a multirange per zone), closures are subtracted, and the union of used bookings is
 * intersected with what is left. Days without opening hours simply contribute nothing. $3: the communities
 * whose zones to report (null: all).
 */
export const UTILISATION_SQL = `
WITH win AS (SELECT tstzrange($1::timestamptz, $2::timestamptz, '[)') AS w),
days AS (
  SELECT d::date AS day
    FROM generate_series(($1::timestamptz AT TIME ZONE '${COMMUNITY_TIME_ZONE}')::date,
                         ($2::timestamptz AT TIME ZONE '${COMMUNITY_TIME_ZONE}')::date, interval '1 day') AS d
),
opening AS (
  SELECT h.zone_id,
         range_agg(tstzrange((d.day + h.opens) AT TIME ZONE '${COMMUNITY_TIME_ZONE}',
                             (d.day + h.closes) AT TIME ZONE '${COMMUNITY_TIME_ZONE}', '[)') * win.w) AS periods
    FROM days d
    JOIN zone_opening_hours h ON h.weekday = extract(isodow FROM d.day)
    CROSS JOIN win
   GROUP BY h.zone_id
),
closed AS (
  SELECT c.zone_id, range_agg(tstzrange(c.starts_at, c.ends_at, '[)')) AS periods
    FROM zone_closure c
   WHERE c.starts_at < $2 AND c.ends_at > $1
   GROUP BY c.zone_id
),
used AS (
  SELECT b.zone_id, range_agg(tstzrange(b.starts_at, b.ends_at, '[)')) AS periods
    FROM booking b
   WHERE b.status IN ('CONFIRMED','CHECKED_IN') AND b.starts_at < $2 AND b.ends_at > $1
   GROUP BY b.zone_id
),
available AS (
  SELECT z.id AS zone_id, z.position, z.name,
         COALESCE(o.periods, '{}'::tstzmultirange) - COALESCE(c.periods, '{}'::tstzmultirange) AS open
    FROM zone z
    LEFT JOIN opening o ON o.zone_id = z.id
    LEFT JOIN closed c ON c.zone_id = z.id
   WHERE $3::uuid[] IS NULL OR z.community_id = ANY($3::uuid[])
)
SELECT a.zone_id,
       (SELECT COALESCE(round(sum(extract(epoch FROM upper(r) - lower(r))) / 60), 0) FROM unnest(a.open) AS r)::int AS open_minutes,
       (SELECT COALESCE(round(sum(extract(epoch FROM upper(r) - lower(r))) / 60), 0)
          FROM unnest(a.open * COALESCE(u.periods, '{}'::tstzmultirange)) AS r)::int AS booked_minutes
  FROM available a
  LEFT JOIN used u ON u.zone_id = a.zone_id
 ORDER BY a.position, a.name`;
