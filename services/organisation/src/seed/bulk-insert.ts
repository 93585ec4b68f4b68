import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Inserts many rows a few thousand at a time: one statement per chunk keeps PGlite fast and stays far
 * below PostgreSQL's 65,535 bind parameters.
 */
export async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: ReadonlyArray<Partial<T>>,
  chunkSize = 2000,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + chunkSize) as never)
      .updateEntity(false)
      .execute();
  }
}

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
