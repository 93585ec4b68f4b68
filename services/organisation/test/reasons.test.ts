import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const sources = sourceFiles(SRC).map((path) => ({ path: path.slice(SRC.length + 1), text: readFileSync(path, "utf8") }));
/** The slice's shared rules (compiled), which hand the service some of its reasons (nesting, codes, phones). */
const sharedRules = readFileSync(createRequire(import.meta.url).resolve("@dongting/domain/organisation"), "utf8");

const REASON = "[A-Z][A-Z0-9_]*";
/** `badUserInput("X", …)`, `conflict("X", …)`, `forbidden("X", …)`, `refusal(code, "X", …)`, `{ reason: "X" }` (refuseOnViolation). */
const LITERAL_REASONS = [
  new RegExp(`\\b(?:badUserInput|conflict|forbidden)\\(\\s*"(${REASON})"`, "g"),
  new RegExp(`\\brefusal\\(\\s*"${REASON}"\\s*,\\s*"(${REASON})"`, "g"),
  new RegExp(`\\breason:\\s*"(${REASON})"`, "g"),
];
/** A reason that is not a literal must be a shared rule's problem (`x.reason`, typed by the table). */
const COMPUTED_REASON = /\b(?:badUserInput|conflict|forbidden)\(\s*([^"\s)][^,)]*)/g;

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);

const raisedInSource = sources.flatMap(({ path, text }) =>
  LITERAL_REASONS.flatMap((pattern) => matches(text, pattern)).map((reason) => ({ path, reason })),
);
const raisedBySharedRules = matches(sharedRules, new RegExp(`\\bproblem\\(\\s*"(${REASON})"`, "g"));
const known = new Set([...Object.keys(ORGANISATION_REASONS), ...Object.keys(COMMON_REASONS)]);

describe("the organisation reason table", () => {
  it("finds the refusals of the service (the scan is not vacuous)", () => {
    const reasons = raisedInSource.map(({ reason }) => reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["HAS_CHILDREN", "GRID_CODE_TAKEN", "MAX_DEPTH_NEGATIVE", "SECRETARY_WOULD_LEAVE_UNIT"]),
    );
    expect(raisedBySharedRules).toEqual(expect.arrayContaining(["KINDS_DO_NOT_NEST", "PHONE_NOT_MOBILE"]));
  });

  it("lists every reason the service raises", () => {
    const missing = [...raisedInSource, ...raisedBySharedRules.map((reason) => ({ path: "@dongting/domain/organisation", reason }))].filter(
      ({ reason }) => !known.has(reason),
    );
    expect(missing).toEqual([]);
  });

  it("raises computed reasons only from the shared rules' typed problems", () => {
    const computed = sources.flatMap(({ path, text }) => matches(text, COMPUTED_REASON).map((expression) => ({ path, expression })));
    expect(computed.filter(({ expression }) => !/^\w+\.reason$/.test(expression.trim()))).toEqual([]);
  });

  it("builds each message from the same reason it raises", () => {
    const pairs = sources.flatMap(({ text }) => [
      ...text.matchAll(new RegExp(`\\(\\s*"(${REASON})",\\s*refusalMessage\\(\\s*"(${REASON})"`, "g")),
    ]);
    expect(pairs.length).toBeGreaterThan(3);
    expect(pairs.filter(([, raised, explained]) => raised !== explained).map(([text]) => text)).toEqual([]);
  });

  it("has no entry the service never raises", () => {
    const used = new Set([...raisedInSource.map(({ reason }) => reason), ...raisedBySharedRules]);
    expect(Object.keys(ORGANISATION_REASONS).filter((reason) => !used.has(reason))).toEqual([]);
  });
});
