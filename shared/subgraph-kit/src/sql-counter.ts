import type { Logger } from "typeorm";

const TRANSACTION_CONTROL = /^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET TRANSACTION)\b/i;

/**
 * A TypeORM logger that records every SQL statement, so tests can assert statement budgets
 * (e.g. "one SELECT on person for 100 references"). Transaction control is recorded but not counted.
 */
export class SqlStatementCounter implements Logger {
  private recorded: string[] = [];
  private readonly verbose = process.env.DEBUG_SQL === "1";

  get statements(): readonly string[] {
    return this.recorded.filter((sql) => !TRANSACTION_CONTROL.test(sql));
  }

  reset(): void {
    this.recorded = [];
  }

  /** Statements whose text matches `pattern` (e.g. /from "person"/i). */
  count(pattern?: RegExp): number {
    return pattern ? this.statements.filter((sql) => pattern.test(sql)).length : this.statements.length;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.recorded.push(query);
    if (this.verbose) console.log("[sql]", query, parameters ?? []);
  }
  logQueryError(error: string | Error, query: string): void {
    if (this.verbose) console.log("[sql error]", error, query);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.verbose) console.log("[migration]", message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") console.warn("[typeorm]", message);
  }
}
