import { isUuid, notFound } from "@dongting/subgraph-kit";

/**
 * Ids given as plain arguments (not inside a validated input) reach SQL as uuid parameters; a string
 * that is not a uuid cannot name any row, so it is answered like an unknown id instead of a SQL error.
 */
export function requireId(what: string, id: string): string {
  if (!isUuid(id)) throw notFound(what, id);
  return id;
}
