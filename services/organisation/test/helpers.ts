import type { DataSource } from "typeorm";
import { expect } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit";
import { errorCode, type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";

export const committee: As = { roles: ["PARTY_COMMITTEE"], personId: demoPersonId(1) };
export const staff: As = { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) };
export const resident: As = { roles: ["RESIDENT"], personId: demoPersonId(4) };
export const admin: As = { roles: ["ADMIN"], personId: demoPersonId(1) };

/**
 * A digest of every row of every table of the service: equal before and after a refused mutation
 * means nothing was written (inserted, updated or deleted) anywhere.
 */
export async function fingerprint(db: DataSource): Promise<string> {
  const tables: Array<{ name: string }> = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ name }) => `(SELECT '${name}:' || count(*) || ':' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "${name}" t)`,
  );
  const [row] = await db.query(`SELECT concat_ws('|', ${parts.join(", ")}) AS digest`);
  return row.digest;
}

/**
 * `expectRefused(query, variables, as, code)` for the subgraph `current()` returns (started in beforeAll):
 * the operation fails with `code` and writes nothing anywhere (see fingerprint).
 */
export function refusalCheck(current: () => TestSubgraph) {
  return async (query: string, variables: Record<string, unknown>, as: As | undefined, code: string): Promise<GraphQLAnswer> => {
    const subgraph = current();
    const before = await fingerprint(subgraph.db);
    const answer = await subgraph.request(query, variables, as);
    expect(answer.errors, JSON.stringify(answer)).toBeDefined();
    expect(errorCode(answer)).toBe(code);
    expect(await fingerprint(subgraph.db)).toBe(before);
    return answer;
  };
}

export async function rolesOf(db: DataSource, personId: string): Promise<string[]> {
  const [row] = await db.query(`SELECT roles FROM person WHERE id = $1`, [personId]);
  return [...row.roles].sort();
}

/**
 * Units whose path does not extend their parent's path, and units whose secretary is not a party member
 * of the unit or below it: both lists must stay empty whatever mutations ran, concurrently or not.
 */
export async function treeProblems(db: DataSource): Promise<{ paths: unknown[]; secretaries: unknown[] }> {
  const paths = await db.query(
    `SELECT c.id, c.name FROM org_unit c LEFT JOIN org_unit p ON p.id = c.parent_id
     WHERE (c.parent_id IS NULL AND nlevel(c.path) <> 1)
        OR (c.parent_id IS NOT NULL AND (p.id IS NULL OR c.path <> p.path || text2ltree(replace(c.id::text, '-', '_'))))`,
  );
  const secretaries = await db.query(
    `SELECT u.id, u.name FROM org_unit u
     LEFT JOIN party_membership m ON m.person_id = u.secretary_id
     LEFT JOIN org_unit mu ON mu.id = m.org_unit_id
     WHERE u.secretary_id IS NOT NULL AND (mu.id IS NULL OR NOT mu.path <@ u.path)`,
  );
  return { paths, secretaries };
}
