import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { callArguments } from "./support/call-arguments.js";

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE_DIRS = [join(here, "../src")];
/** The shared station rules return reasons in their problems (`{ field, reason }`). */
const DOMAIN_DIR = join(here, "../../../shared/domain/src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

const sources = [
  ...SOURCE_DIRS.flatMap(filesUnder),
  ...readdirSync(DOMAIN_DIR)
    .filter((name) => /^station.*\.ts$/.test(name))
    .map((name) => join(DOMAIN_DIR, name)),
].map((file) => ({ file, text: readFileSync(file, "utf8") }));

/** Where each refusal helper (the kit's, and the service's own wrappers) takes its reason. */
const REASON_ARGUMENT: Record<string, number> = {
  forbidden: 0,
  conflict: 0,
  badUserInput: 0,
  refusal: 1,
  unauthenticated: 1,
  conflictAt: 2,
  requireStaffOrPerson: 2,
};

const REASON_LITERAL = /^"([A-Z][A-Z0-9_]*)"$/;
/** A reason handed on: a wrapper's `reason` parameter, or a rule's `problem.reason` (typed from the table). */
const FORWARDED = /^(reason|[\w.]+\.reason)$/;

function scan() {
  const used = new Set<string>();
  const malformed: string[] = [];
  for (const { file, text } of sources) {
    for (const [name, index] of Object.entries(REASON_ARGUMENT)) {
      for (const args of callArguments(text, name)) {
        const arg = args[index];
        if (arg === undefined) continue; // forbidden() with the kit's default ROLE_NOT_ALLOWED
        const literal = REASON_LITERAL.exec(arg);
        if (literal) used.add(literal[1]);
        else if (!FORWARDED.test(arg)) malformed.push(`${file}: ${name}(${args.join(", ")})`);
      }
    }
    // refuseOnViolation's refusals and the shared rules' problems name their reason as a property.
    for (const match of text.matchAll(/\breason:\s*"([A-Z][A-Z0-9_]*)"/g)) used.add(match[1]);
  }
  return { used, malformed };
}

describe("the station's reason table", () => {
  const { used, malformed } = scan();

  it("finds the refusals it scans for (the scan is not blind)", () => {
    expect(used.size).toBeGreaterThan(20);
    expect(used).toContain("ZONE_FULL");
    expect(used).toContain("NOT_ORGANISER");
    expect(used).toContain("BOOKING_IN_PAST");
    for (const name of ["conflictAt", "requireStaffOrPerson"]) {
      expect(
        sources.some(({ text }) => callArguments(text, name).length > 0),
        name,
      ).toBe(true);
    }
  });

  it("gives every refusal an UPPER_SNAKE reason, literally or handed on", () => {
    expect(malformed).toEqual([]);
  });

  it("lists every reason the service raises", () => {
    const known = new Set([...Object.keys(STATION_REASONS), ...Object.keys(COMMON_REASONS)]);
    expect([...used].filter((reason) => !known.has(reason))).toEqual([]);
  });

  it("lists no reason the service never raises, and none the kit owns", () => {
    expect(Object.keys(STATION_REASONS).filter((reason) => !used.has(reason))).toEqual([]);
    expect(Object.keys(STATION_REASONS).filter((reason) => reason in COMMON_REASONS)).toEqual([]);
  });

  it("says each reason in Chinese and English", () => {
    for (const [reason, text] of Object.entries(STATION_REASONS)) {
      expect(text.zh, reason).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, reason).toMatch(/^[A-Z]/);
    }
  });

  it("reads the arguments of a call across strings and templates", () => {
    const source = 'x(); conflict("A_B", `人数 (${f(1, 2)})`, { a: [1, 2] }); function conflict(reason: string) {}';
    expect(callArguments(source, "conflict")).toEqual([['"A_B"', "`人数 (${f(1, 2)})`", "{ a: [1, 2] }"]]);
  });
});
