// The local development secret (AUTH_MODE=dev): generated once per checkout into the data folder, never
// written in the source. Only node built-ins here, so infra/local/stack.mjs can import the compiled file alone.
import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const DEV_SECRET_FILE = "dev-auth-secret";
/** Stands for "the local dev secret" where a secret is passed (never a key itself: refused as one). */
export const LOCAL_DEV_SECRET_MARKER = "<the local dev secret: AUTH_DEV_SECRET or .data/dev-auth-secret>";
/** Shorter secrets are refused: HS256 wants at least 256 bits of key. */
export const MIN_DEV_SECRET_LENGTH = 32;

/** The nearest folder at or above `from` holding pnpm-workspace.yaml (the checkout), or undefined. */
function workspaceRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The data folder: `DATA_DIR`, else `.data/` at the checkout's root (so the gateway, the subgraphs, the tests
 * and the scripts started from any package share one secret), else `./.data`.
 */
export function dataFolder(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.DATA_DIR) return resolve(cwd, env.DATA_DIR);
  return join(workspaceRoot(cwd) ?? cwd, ".data");
}

export const devSecretPath = (env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string =>
  join(dataFolder(env, cwd), DEV_SECRET_FILE);

function checkSecret(secret: string, where: string): string {
  if (secret === LOCAL_DEV_SECRET_MARKER) throw new Error(`${where} must be a secret, not the marker for one`);
  if (secret.length < MIN_DEV_SECRET_LENGTH) {
    throw new Error(`${where} must hold at least ${MIN_DEV_SECRET_LENGTH} characters`);
  }
  return secret;
}

function readSecretFile(path: string): string {
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new Error(`${path} is readable by other users: chmod 600 it (or delete it to generate a new secret)`);
  }
  return checkSecret(readFileSync(path, "utf8").trim(), `${path} (delete it to generate a new one)`);
}

/** Writes a fresh random secret unless another process got there first (link is atomic); returns the file's. */
function createSecretFile(path: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString("hex")}`;
  writeFileSync(temporary, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readSecretFile(path);
}

const cache = new Map<string, string>();

/**
 * The dev secret every local process signs and checks dev tokens with: `AUTH_DEV_SECRET` when set, else the
 * file `<data folder>/dev-auth-secret` (mode 0600), generated with 32 random bytes on first use.
 */
export function readDevSecret(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.AUTH_DEV_SECRET) return checkSecret(env.AUTH_DEV_SECRET, "AUTH_DEV_SECRET");
  const path = devSecretPath(env, cwd);
  const known = cache.get(path);
  if (known) return known;
  let secret: string;
  try {
    secret = readSecretFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    secret = createSecretFile(path);
  }
  cache.set(path, secret);
  return secret;
}
