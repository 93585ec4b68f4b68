import type { EntityManager } from "typeorm";

/** "org_tree" in ASCII: the advisory lock key of the party tree (one per database, i.e. per district). */
const PARTY_TREE_LOCK = "8030604466398390629";

/**
 * Every write to the party tree's structure or membership (create, move, delete, secretary, party
 * membership) first takes this transaction-scoped advisory lock, so its checks (no cycle, kinds nest,
 * empty before delete, secretary within the unit) run against a tree no one else is changing, and the
 * paths it computes from a parent's path cannot be made stale by a concurrent move. Such writes are rare
 * (party committee staff, a few a day per community) and short, so serialising them costs nothing that
 * matters; readers never take it. In READ COMMITTED every later statement of the transaction sees what
 * the previous holder committed. On PGlite (one session) transactions are serialised anyway.
 */
export async function lockPartyTree(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [PARTY_TREE_LOCK]);
}
