import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";

const SRC = join(import.meta.dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** A call that raises a refusal, and what follows its opening parenthesis. */
const REFUSING_CALL = /\b(refusal|refuse|forbidden|conflict|badUserInput|unauthenticated)\(\s*([^)]*)/g;
/** The reason argument of such a call: first for the kit's shorthands, second after the code for refusal/refuse. */
const REASON_FIRST = /^"([A-Z][A-Z0-9_]*)"/;
const REASON_SECOND = /^"[A-Z_]+"\s*,\s*"([A-Z][A-Z0-9_]*)"/;
/** Reasons written as data: refuseOnViolation's map and the state machine's refusals. */
const REASON_FIELD = /\breason:\s*"([A-Z][A-Z0-9_]*)"/g;
/** The one call that passes a reason through: the state machine's (whose reasons REASON_FIELD finds). */
const PASSED_THROUGH = /^"CONFLICT",\s*decision\.reason\b/;
/** `refuse` itself, which hands its (typed) reason on to the kit. */
const WRAPPER = "refusal.ts";

function scan() {
  const used = new Map<string, string[]>();
  const unreadable: string[] = [];
  const note = (reason: string, where: string) => used.set(reason, [...(used.get(reason) ?? []), where]);
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const where = relative(SRC, file);
    for (const [, callee, args] of text.matchAll(REFUSING_CALL)) {
      const reason = (callee === "refusal" || callee === "refuse" ? REASON_SECOND : REASON_FIRST).exec(args)?.[1];
      if (reason) note(reason, where);
      else if (!PASSED_THROUGH.test(args) && where !== WRAPPER) unreadable.push(`${where}: ${callee}(${args.slice(0, 40)}`);
    }
    for (const [, reason] of text.matchAll(REASON_FIELD)) note(reason, where);
  }
  return { used, unreadable };
}

describe("refusal reasons", () => {
  const { used, unreadable } = scan();

  it("finds the reasons the source raises, each call with a literal reason", () => {
    expect(used.size).toBeGreaterThan(10);
    expect(unreadable).toEqual([]);
  });

  it("lists every reason the source raises in REQUESTS_REASONS (or among the kit's own)", () => {
    const known = new Set([...Object.keys(REQUESTS_REASONS), ...Object.keys(COMMON_REASONS)]);
    const missing = [...used.keys()].filter((reason) => !known.has(reason)).map((reason) => `${reason} (${used.get(reason)!.join(", ")})`);
    expect(missing).toEqual([]);
  });

  it("has no entry in REQUESTS_REASONS that the source never raises", () => {
    expect(Object.keys(REQUESTS_REASONS).filter((reason) => !used.has(reason))).toEqual([]);
  });
});
