import { notFound } from "./errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be an id of ours (ids are uuids), so it may reach SQL as a uuid parameter. */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * `id` when it is a uuid. Ids given as plain arguments (not inside a validated input) reach SQL as uuid
 * parameters; a string that is not a uuid cannot name any row, so it is answered like an unknown id
 * (NOT_FOUND for `what`) instead of a SQL error.
 */
export function requireId(what: string, id: string): string {
  if (!isUuid(id)) throw notFound(what, id);
  return id;
}
