import type { Reach } from "@dongting/subgraph-kit";
import { containsPattern } from "../domain/search.js";
import { personColumns } from "./person.rows.js";

/*
 * The one statement of `people(search, first, after)`: the total and a page ordered by (name, id), within the
 * viewer's reach. Parameters: $1 the needle (a LIKE pattern, or the needle itself for the gram table), $2/$3
 * the cursor (name, id), $4 the page size + 1, then the reach's from $5.
 *
 * Three paths, each served by an index at district scale (2.25 M people):
 *  - no search, or a needle of 3+ characters: person rows, the (community_id, name, id) index for a community's
 *    register in order, the trigram index for the needle;
 *  - a needle of 1-2 characters (most Chinese searches: a surname, a given name): trigrams cannot serve it, so
 *    it is looked up in person_name_gram, every distinct 1- and 2-character substring of every name (kept by
 *    triggers, migration DistrictSearch), whose primary key (gram, community_id, name, person_id) answers both
 *    the count and the page from the index alone. "Contains" keeps its meaning: a name contains a needle of
 *    one or two characters exactly when the needle is one of its 1- or 2-character substrings.
 * The reach is written out per viewer (no `$global OR ...`), so the planner sees the condition it can use.
 */

/** Needles up to this many characters go through the gram table (pg_trgm needs three). */
export const GRAM_MAX = 2;

export interface PeopleSearchStatement {
  sql: string;
  values: unknown[];
}

interface ReachSql {
  /** The condition on the row's community (alias `alias`) and, for grids, the neighbourhood `n`. */
  condition: (community: string) => string;
  /** Whether the condition needs the person's neighbourhood (a grid reach). */
  needsGrid: boolean;
  values: unknown[];
}

function reachSql(reach: Reach): ReachSql {
  if (reach.global) return { condition: () => "true", needsGrid: false, values: [] };
  if (reach.gridIds.length === 0) {
    return { condition: (community) => `${community} = ANY($5::uuid[])`, needsGrid: false, values: [reach.communityIds] };
  }
  // Grids are matched with their communities (the touched ones) so the community-leading indexes serve them.
  return {
    condition: (community) => `(${community} = ANY($5::uuid[]) OR (${community} = ANY($6::uuid[]) AND n."grid_id" = ANY($7::uuid[])))`,
    needsGrid: true,
    values: [reach.communityIds, reach.touchedCommunityIds, reach.gridIds],
  };
}

const NEIGHBOURHOOD = `LEFT JOIN "neighbourhood" n ON n."id" = p."neighbourhood_id"`;
const AFTER = (name: string, id: string) => `($2::varchar IS NULL OR (${name}, ${id}) > ($2::varchar, $3::uuid))`;

/** The statement for `search` (trimmed) within `reach`, after the cursor, `limit` rows at most. */
export function peopleSearchStatement(
  search: string | null | undefined,
  reach: Reach,
  after: { sortKey: string; id: string } | null,
  limit: number,
): PeopleSearchStatement {
  const needle = search?.trim() ?? "";
  const scope = reachSql(reach);
  const head = [after?.sortKey ?? null, after?.id ?? null, limit];
  if (needle && [...needle].length <= GRAM_MAX) {
    // Hits from the gram table; the person (and, for a grid reach, the neighbourhood) only for the page's rows.
    const hits = scope.needsGrid
      ? `"person_name_gram" g JOIN "person" p ON p."id" = g."person_id" ${NEIGHBOURHOOD}`
      : `"person_name_gram" g`;
    const where = `g."gram" = $1::varchar AND ${scope.condition(`g."community_id"`)}`;
    return {
      sql: `SELECT t."total", ${personColumns("page")}, page."grid_id"
     FROM (SELECT count(*)::int AS "total" FROM ${hits} WHERE ${where}) t
     LEFT JOIN LATERAL (
       SELECT ${personColumns("p")}, n."grid_id"
       FROM (SELECT g."person_id", g."name" FROM ${hits} WHERE ${where} AND ${AFTER(`g."name"`, `g."person_id"`)}
             ORDER BY g."name", g."person_id" LIMIT $4) hit
       JOIN "person" p ON p."id" = hit."person_id" ${NEIGHBOURHOOD}
     ) page ON true
     ORDER BY page."name", page."id"`,
      values: [needle, ...head, ...scope.values],
    };
  }
  const from = `"person" p ${NEIGHBOURHOOD}`;
  const where = `($1::text IS NULL OR p."name" LIKE $1::text) AND ${scope.condition(`p."community_id"`)}`;
  return {
    sql: `SELECT t."total", ${personColumns("page")}, page."grid_id"
     FROM (SELECT count(*)::int AS "total" FROM ${from} WHERE ${where}) t
     LEFT JOIN LATERAL (
       SELECT ${personColumns("p")}, n."grid_id" FROM ${from}
       WHERE ${where} AND ${AFTER(`p."name"`, `p."id"`)}
       ORDER BY p."name", p."id" LIMIT $4
     ) page ON true
     ORDER BY page."name", page."id"`,
    values: [containsPattern(needle), ...head, ...scope.values],
  };
}
