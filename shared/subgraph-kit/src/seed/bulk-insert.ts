import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Inserts many rows (a seed) `chunkSize` at a time: one statement per chunk keeps PGlite fast and stays
 * below PostgreSQL's 65,535 bind parameters. The rows are written, not read back (no RETURNING): give
 * them their ids when you need them.
 */
export async function insertInChunks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: ReadonlyArray<Partial<T>>,
  chunkSize = 500,
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
