/** The PostgreSQL SQLSTATE of a failed query (TypeORM copies the driver's fields onto its error). */
export function sqlState(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const own = (error as { code?: unknown }).code;
  if (typeof own === "string") return own;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof driver === "string" ? driver : undefined;
}

export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";

/** Runs `work`; a unique violation becomes `onDuplicate()` (a CONFLICT), anything else is rethrown. */
export async function mapUniqueViolation<T>(work: () => Promise<T>, onDuplicate: () => Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw onDuplicate();
    throw error;
  }
}
