import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { COUNCIL_REASONS } from "@dongting/domain/reasons/council";

const SERVICE_SRC = fileURLToPath(new URL("../src", import.meta.url));
/** The slice's shared rules name reasons too (commentDaysProblem). */
const DOMAIN_RULES = fileURLToPath(new URL("../../../shared/domain/src/council.ts", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/**
 * Reasons as the source writes them: the first literal of forbidden/conflict/badUserInput/violation
 * (the kit's or refusals.ts's), the second of refusal(code, reason), and `reason: "X"` in the refusal
 * tables refuseOnViolation takes and the domain's problems.
 */
const REASON_PATTERNS = [
  /\b(?:forbidden|conflict|badUserInput|unauthenticated|violation)\(\s*"([A-Z][A-Z0-9_]*)"/g,
  /\brefusal\(\s*"[A-Z_]+",\s*"([A-Z][A-Z0-9_]*)"/g,
  /\breason:\s*"([A-Z][A-Z0-9_]*)"/g,
  // The pure state machine (src/domain) answers `{ refused: "X" }`; the shared rule returns the reason.
  /\brefused:\s*"([A-Z][A-Z0-9_]*)"/g,
  /\breturn\s+"([A-Z][A-Z0-9_]*)"/g,
];

/** Every call that refuses, so the scan cannot silently miss a way of refusing. */
const REFUSING_CALL = /\b(?:refusal|forbidden|conflict|badUserInput|refuseOnViolation)\(/g;

function reasonsIn(files: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const pattern of REASON_PATTERNS) {
      for (const match of text.matchAll(pattern)) found.set(match[1], [...(found.get(match[1]) ?? []), file]);
    }
  }
  return found;
}

describe("the council reason table", () => {
  const files = [...sourceFiles(SERVICE_SRC), DOMAIN_RULES];
  const used = reasonsIn(files);

  it("finds the refusals of the source (the scan reads what it should)", () => {
    const calls = files.reduce((sum, file) => sum + [...readFileSync(file, "utf8").matchAll(REFUSING_CALL)].length, 0);
    expect(calls).toBeGreaterThan(20);
    expect(used.size).toBeGreaterThan(15);
  });

  it("lists every reason the source refuses with", () => {
    const known = new Set([...Object.keys(COUNCIL_REASONS), ...Object.keys(COMMON_REASONS)]);
    const missing = [...used.entries()]
      .filter(([reason]) => !known.has(reason))
      .map(([reason, where]) => `${reason} (${where.join(", ")})`);
    expect(missing).toEqual([]);
  });

  it("has no entry that no source uses", () => {
    expect(Object.keys(COUNCIL_REASONS).filter((reason) => !used.has(reason))).toEqual([]);
  });
});
