import type { EntityManager } from "typeorm";

/**
 * Rows per INSERT of the seed (the kit's insertInChunks): the seed's tables are narrow, so 2,000 rows stay
 * far below PostgreSQL's 65,535 bind parameters and the 15,000 people take eight statements.
 */
export const SEED_CHUNK = 2000;

/** `UPDATE table SET column = v.value FROM (unnest(ids), unnest(values))`: one statement for all rows. */
export async function updateColumnById(
  manager: EntityManager,
  table: string,
  column: string,
  pairs: ReadonlyArray<readonly [id: string, value: string | null]>,
): Promise<void> {
  if (pairs.length === 0) return;
  await manager.query(
    `UPDATE "${table}" AS t SET "${column}" = v.value
     FROM unnest($1::uuid[], $2::uuid[]) AS v(id, value) WHERE t."id" = v.id`,
    [pairs.map(([id]) => id), pairs.map(([, value]) => value)],
  );
}
