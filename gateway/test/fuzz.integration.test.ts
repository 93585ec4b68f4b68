// Bad input through the gateway of a running stack, with a fixed seed: operations generated from the live
// schema (introspected from the gateway) with hostile arguments, sent with every role's token and with bad
// tokens. Nothing may answer HTTP 5xx or INTERNAL_SERVER_ERROR, show a stack trace, a file path, an address
// or a field suggestion; bad tokens answer 401 (a body over the limit 413, refused before its token is read);
// and no refused mutation writes a row (each mutation runs alone, between a reset and a read of the four
// subgraphs' SQL statement counters).
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pick, seededRandom } from "@dongting/subgraph-kit/seed";
import { badTokens } from "./support/bad-tokens.js";
import { generateOperation, type FuzzOperation } from "./support/fuzz-operations.js";
import { errorCodes, mapLimit } from "./support/outcome.js";
import type { ArgumentContext } from "./support/arguments.js";
import { loadSamples } from "./support/samples.js";
import { bearer, VIEWERS, viewerTokens } from "./support/viewers.js";
import { post, resetStatements, startTestStack, statementsSinceReset, type Answer, type RunningStack } from "./stack.js";

const SEED = 20_261_201;
const OPERATIONS = 2_400;

interface Sent extends FuzzOperation {
  index: number;
  /** A viewer's name or a bad token's name. */
  sender: string;
  token: string | undefined;
  bad: boolean;
}

let stack: RunningStack;
let operations: Sent[];
/** Generates the run again, from the same seed. */
let regenerate: () => Sent[];

async function liveSchema(graphql: string): Promise<GraphQLSchema> {
  const answer = await post(graphql, { query: getIntrospectionQuery() });
  if (!answer.data) throw new Error(`introspection: ${JSON.stringify(answer.errors)}`);
  return buildClientSchema(answer.data as IntrospectionQuery);
}

/** The whole run from the seed: operations and who sends each. */
function generate(schema: GraphQLSchema, context: ArgumentContext, senders: Record<string, string | undefined>, bad: Set<string>): Sent[] {
  const random = seededRandom(SEED);
  const names = Object.keys(senders);
  const ids = { valid: Object.values(context.samples.ids) };
  return Array.from({ length: OPERATIONS }, (_, index) => {
    const operation = generateOperation(random, schema, ids, index, { ...context, salt: `f${index}` });
    const sender =
      random() < 0.15
        ? pick(random, [...bad])
        : pick(
            random,
            names.filter((name) => !bad.has(name)),
          );
    return { ...operation, index, sender, token: senders[sender], bad: bad.has(sender) };
  });
}

const send = (operation: Sent) =>
  post(stack.urls.graphql, { query: operation.document, variables: operation.variables }, bearer(operation.token));

/** What must never be in an answer: traces, paths of files, addresses of the deployment, suggestions. */
const TELLTALES: Array<[string, RegExp]> = [
  ["a stack frame", / {4}at |\bat [\w.<>]+ \(/],
  ["a file path", /(?:\/[\w.@-]+){2,}\.(?:[cm]?[jt]s)\b|node_modules|file:\/\//],
  ["an address", /https?:\/\/|127\.0\.0\.1|localhost:\d/],
  ["a field suggestion", /Did you mean/],
];

/** Why `answer` is unacceptable whoever sent what, or null. */
function problemOf(operation: Sent, answer: Answer): string | null {
  const text = JSON.stringify(answer);
  const where = `#${operation.index} as ${operation.sender}: ${operation.document.slice(0, 300)}`;
  if (answer.status >= 500) return `HTTP ${answer.status} ${text.slice(0, 200)} for ${where}`;
  if (errorCodes(answer).includes("INTERNAL_SERVER_ERROR")) return `INTERNAL_SERVER_ERROR ${text.slice(0, 300)} for ${where}`;
  for (const [what, pattern] of TELLTALES) if (pattern.test(text)) return `${what} in ${text.slice(0, 300)} for ${where}`;
  // A body over the gateway's limit is refused unread, before its token is (413 BAD_REQUEST): it reached no one.
  const unread = answer.status === 413 && errorCodes(answer).every((code) => code === "BAD_REQUEST") && !answer.data;
  if (
    operation.bad &&
    !unread &&
    (answer.status !== 401 || !errorCodes(answer).every((code) => code === "UNAUTHENTICATED") || answer.data)
  ) {
    return `bad token not refused with 401 UNAUTHENTICATED: ${text.slice(0, 200)} for ${where}`;
  }
  return null;
}

const WRITE = /^\s*(?:WITH\b[\s\S]*?)?\b(?:INSERT\s+INTO|UPDATE\s+"?[\w.]+"?\s+SET|DELETE\s+FROM)\b/i;
const subgraphUrls = () => Object.values(stack.urls.subgraphs);

async function writesDuring(run: () => Promise<Answer>): Promise<{ answer: Answer; writes: string[] }> {
  await Promise.all(subgraphUrls().map(resetStatements));
  const answer = await run();
  const statements = await Promise.all(subgraphUrls().map(statementsSinceReset));
  return { answer, writes: statements.flat().filter((sql) => WRITE.test(sql)) };
}

/**
 * Refused: an error on the mutation itself (its response key, or the whole operation) and no value. An
 * error deeper down is the selection's, read after the mutation ran (a bad argument of a field it returns).
 */
const refused = (operation: Sent, answer: Answer) =>
  (answer.errors ?? []).some((error) => !error.path || (error.path.length === 1 && operation.keys.includes(String(error.path[0])))) &&
  operation.keys.every((key) => answer.data?.[key] === null || answer.data?.[key] === undefined);

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  const tokens = await viewerTokens(stack.urls.gateway);
  const now = Date.parse(stack.clockNow());
  const samples = await loadSamples(stack.urls.graphql, tokens.ADMIN!, now);
  const bad = await badTokens();
  const senders: Record<string, string | undefined> = { ...Object.fromEntries(VIEWERS.map((viewer) => [viewer, tokens[viewer]])), ...bad };
  const schema = await liveSchema(stack.urls.graphql);
  regenerate = () => generate(schema, { samples, now, salt: "" }, senders, new Set(Object.keys(bad)));
  operations = regenerate();
});
afterAll(async () => {
  await stack?.stop();
});

describe(`fuzzing the gateway with bad input (seed ${SEED})`, () => {
  it("generates at least 2,000 operations of every kind from the live schema, the same for the same seed", () => {
    expect(operations.length).toBeGreaterThanOrEqual(2000);
    const share = (test: (operation: Sent) => boolean) => operations.filter(test).length;
    expect(share((operation) => operation.kind === "mutation")).toBeGreaterThan(500);
    expect(share((operation) => operation.bad)).toBeGreaterThan(200);
    expect(share((operation) => Object.keys(operation.variables).length > 0)).toBeGreaterThan(300);
    expect(share((operation) => operation.keys.length > 15)).toBeGreaterThan(10);
    expect(share((operation) => /(\{[^{}]*){13}/.test(operation.document))).toBeGreaterThan(10);
    expect(new Set(operations.map((operation) => operation.sender)).size).toBe(VIEWERS.length + 7);
    expect(new Set(operations.map((operation) => operation.field)).size).toBeGreaterThan(70);
    const again = regenerate();
    expect(again.map((operation) => [operation.document, operation.variables, operation.sender])).toEqual(
      operations.map((operation) => [operation.document, operation.variables, operation.sender]),
    );
  });

  it("answers every query cleanly: no 5xx, no INTERNAL_SERVER_ERROR, no trace, path, address or suggestion", async () => {
    const started = Date.now();
    const queries = operations.filter((operation) => operation.kind === "query");
    const answers = await mapLimit(queries, 6, send);
    const problems = queries.map((operation, index) => problemOf(operation, answers[index])).filter(Boolean);
    console.log(
      `fuzz: ${queries.length} queries in ${((Date.now() - started) / 1000).toFixed(1)} s, ${countAnswered(answers)} answered with data`,
    );
    expect(problems).toEqual([]);
  });

  it("answers every mutation cleanly, one at a time, and no refused mutation writes a row", async () => {
    const started = Date.now();
    const mutations = operations.filter((operation) => operation.kind === "mutation");
    const problems: string[] = [];
    let refusals = 0;
    for (const operation of mutations) {
      const { answer, writes } = await writesDuring(() => send(operation));
      const problem = problemOf(operation, answer);
      if (problem) problems.push(problem); // an internal error's failed statement is no row written: reported once
      if (problem || !refused(operation, answer)) continue;
      refusals += 1;
      if (writes.length)
        problems.push(
          `refused (${errorCodes(answer).join(", ")}) yet wrote ${writes.join("; ").slice(0, 200)}: #${operation.index} ${operation.document.slice(0, 200)}`,
        );
    }
    console.log(`fuzz: ${mutations.length} mutations in ${((Date.now() - started) / 1000).toFixed(1)} s, ${refusals} refused`);
    expect(problems).toEqual([]);
  });
});

const countAnswered = (answers: Answer[]) =>
  answers.filter((answer) => answer.data && Object.values(answer.data).some((value) => value !== null)).length;
