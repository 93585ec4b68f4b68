import type { DataSource } from "typeorm";
import { demoPersonId } from "@dongting/subgraph-kit";
import type { As } from "@dongting/subgraph-kit/testing";

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

export async function rolesOf(db: DataSource, personId: string): Promise<string[]> {
  const [row] = await db.query(`SELECT roles FROM person WHERE id = $1`, [personId]);
  return [...row.roles].sort();
}
