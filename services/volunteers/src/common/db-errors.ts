import { conflict } from "@dongting/subgraph-kit";

const UNIQUE_VIOLATION = "23505";
const EXCLUSION_VIOLATION = "23P01";

function sqlState(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Runs `work` and turns a unique or exclusion violation into CONFLICT: the database is the last word
 * when two writers race past the service's own checks.
 */
export async function conflictOnViolation<T>(work: () => Promise<T>, messages: Record<string, string> = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const state = sqlState(error);
    if (state === UNIQUE_VIOLATION || state === EXCLUSION_VIOLATION) {
      const constraint = (error as { driverError?: { constraint?: string }; constraint?: string }).driverError?.constraint
        ?? (error as { constraint?: string }).constraint;
      throw conflict(messages[constraint ?? ""] ?? "与现有数据冲突 (conflicts with existing data)", { constraint });
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
