import { refusal, type Reason } from "./errors.js";

/** The PostgreSQL SQLSTATE codes the services react to (the database is the last word on invariants). */
export const PG_ERROR = {
  UNIQUE_VIOLATION: "23505",
  FOREIGN_KEY_VIOLATION: "23503",
  EXCLUSION_VIOLATION: "23P01",
  CHECK_VIOLATION: "23514",
} as const;

/**
 * One field of the driver's error behind a failed query. TypeORM's QueryFailedError keeps the driver's
 * error (node-pg or PGlite) in `driverError` and copies its fields onto itself; a raw driver error has
 * them directly.
 */
function driverField(error: unknown, field: "code" | "constraint"): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const fromDriver = (error as { driverError?: Record<string, unknown> }).driverError?.[field];
  if (typeof fromDriver === "string") return fromDriver;
  const own = (error as Record<string, unknown>)[field];
  return typeof own === "string" ? own : undefined;
}

/** The PostgreSQL SQLSTATE of a failed query, e.g. PG_ERROR.UNIQUE_VIOLATION. */
export const sqlState = (error: unknown): string | undefined => driverField(error, "code");

/** The name of the constraint a failed query violated, when the driver reports it. */
export const constraintOf = (error: unknown): string | undefined => driverField(error, "constraint");

/**
 * Whether `error` is the database refusing a write with `state`, and, when `constraint` is given, on that
 * constraint (an error that names no constraint counts as a match).
 */
export function isViolation(error: unknown, state: string, constraint?: string): boolean {
  if (sqlState(error) !== state) return false;
  if (constraint === undefined) return true;
  const violated = constraintOf(error);
  return violated === undefined || violated === constraint;
}

/** How one named constraint's violation reaches the client. */
export interface ViolationRefusal {
  code?: "CONFLICT" | "BAD_USER_INPUT";
  reason: Reason;
  message: string;
}

const REFUSABLE_STATES: ReadonlySet<string> = new Set(Object.values(PG_ERROR));

/**
 * The one constraint-error helper: runs `work`; a violation of a constraint named in `refusals` becomes
 * that refusal (CONFLICT unless it says otherwise, `{ constraint }` in the extensions); any other unique or
 * exclusion violation becomes CONFLICT `CONFLICTS_WITH_EXISTING`; everything else is rethrown. The database
 * is the last word when two writers race past the service's own checks.
 */
export async function refuseOnViolation<T>(work: () => Promise<T>, refusals: Record<string, ViolationRefusal> = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const state = sqlState(error);
    if (!state || !REFUSABLE_STATES.has(state)) throw error;
    const constraint = constraintOf(error);
    const named = constraint ? refusals[constraint] : undefined;
    if (named) return Promise.reject(refusal(named.code ?? "CONFLICT", named.reason, named.message, { constraint }));
    if (state === PG_ERROR.UNIQUE_VIOLATION || state === PG_ERROR.EXCLUSION_VIOLATION) {
      throw refusal("CONFLICT", "CONFLICTS_WITH_EXISTING", "与现有数据冲突 (conflicts with existing data)", { constraint });
    }
    throw error;
  }
}

/**
 * The rows of an UPDATE/DELETE ... RETURNING run through `manager.query`: TypeORM answers those with
 * `[rows, affectedCount]` (and INSERT/SELECT with the rows alone).
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === "number") {
    return result[0] as T[];
  }
  return result as T[];
}
