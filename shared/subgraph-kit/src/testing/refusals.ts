import type { DataSource } from "typeorm";
import { expect } from "vitest";
import type { GraphQLAnswer } from "./test-subgraph.js";

/** Asserts the answer's first error has `code` (and `reason`, when given); returns that error. */
export function expectRefused(answer: GraphQLAnswer, code: string, reason?: string) {
  const error = answer.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(answer.errors)).toBe(code);
  if (reason !== undefined) expect(error?.extensions?.reason, JSON.stringify(answer.errors)).toBe(reason);
  return error!;
}

/**
 * A fingerprint of every table of the database's public schema (row count and a hash of all rows), so a
 * test can prove a refused operation wrote nothing anywhere, not just in the table it looked at.
 */
export async function tableFingerprints(db: DataSource): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const fingerprints: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.query(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash FROM "${name}" t`,
    );
    fingerprints[name] = `${row.rows}:${row.hash}`;
  }
  return fingerprints;
}

/** Runs `operation`, asserts it was refused with `code`/`reason` and that no table changed. */
export async function expectRefusedWithoutWrites(
  subgraph: { db: DataSource },
  operation: () => Promise<GraphQLAnswer>,
  code: string,
  reason?: string,
) {
  const before = await tableFingerprints(subgraph.db);
  const answer = await operation();
  const error = expectRefused(answer, code, reason);
  expect(await tableFingerprints(subgraph.db)).toEqual(before);
  return error;
}
