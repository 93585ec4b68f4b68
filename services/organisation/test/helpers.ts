import type { DataSource } from "typeorm";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";

export const committee: As = { roles: ["PARTY_COMMITTEE"], personId: demoPersonId(1) };
export const staff: As = { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) };
export const resident: As = { roles: ["RESIDENT"], personId: demoPersonId(4) };
export const admin: As = { roles: ["ADMIN"], personId: demoPersonId(1) };

/**
 * `refused(query, variables, as, code, reason)` for the subgraph `current()` returns (started in beforeAll):
 * the operation fails with `code` and `reason` and writes nothing anywhere (the kit's table fingerprints).
 * Answers the first error.
 */
export function refusalCheck(current: () => TestSubgraph) {
  return (query: string, variables: Record<string, unknown>, as: As | undefined, code: string, reason: string) => {
    const subgraph = current();
    return expectRefusedWithoutWrites(subgraph, () => subgraph.request(query, variables, as), code, reason);
  };
}

/** The refusals every mutation gives callers without the role: no token, and a signed-in viewer of another role. */
export const SIGNED_OUT = ["UNAUTHENTICATED", "SIGN_IN_REQUIRED"] as const;
export const WRONG_ROLE = ["FORBIDDEN", "ROLE_NOT_ALLOWED"] as const;

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
