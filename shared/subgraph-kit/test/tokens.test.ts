import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import {
  createTokenVerifier,
  DEFAULT_DEV_SECRET,
  DEV_TOKEN_AUDIENCE,
  DEV_TOKEN_ISSUER,
  readAuthConfig,
  signDevToken,
} from "../src/auth.js";
import { dataFolder, readDevSecret } from "../src/dev-secret.js";

/** The secret that used to be written in the kit's source: anyone could sign ADMIN tokens with it. */
const OLD_SOURCE_SECRET = "dongting-local-dev-secret-not-for-production";
const secret = "a-test-secret-of-at-least-32-characters";
const verify = createTokenVerifier({ mode: "dev", secret });
const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(join(tmpdir(), "dongting-secret-"));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const hs256 = (key: string, claims: { iss?: string; aud?: string; exp?: string | number | false }) => {
  const jwt = new SignJWT({ roles: ["ADMIN"] }).setProtectedHeader({ alg: "HS256" }).setSubject("p-1").setIssuedAt();
  if (claims.iss) jwt.setIssuer(claims.iss);
  if (claims.aud) jwt.setAudience(claims.aud);
  if (claims.exp !== false) jwt.setExpirationTime(claims.exp ?? "1h");
  return jwt.sign(new TextEncoder().encode(key));
};

describe("dev tokens carry exp, iss and aud, and the verifier insists on all three", () => {
  it("signs them with the dev issuer and audience", async () => {
    const token = await signDevToken(secret, { personId: "p-1", roles: ["RESIDENT"] });
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(claims).toMatchObject({ iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE, sub: "p-1", exp: expect.any(Number) });
    await expect(verify(`Bearer ${await hs256(secret, { iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE })}`)).resolves.toEqual({
      personId: "p-1",
      roles: ["ADMIN"],
      grants: [{ role: "ADMIN", scope: { kind: "GLOBAL", id: null } }],
    });
  });

  it.each([
    ["without exp", { iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE, exp: false as const }],
    ["expired", { iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE, exp: Math.floor(Date.now() / 1000) - 60 }],
    ["without iss", { aud: DEV_TOKEN_AUDIENCE }],
    ["with another iss", { iss: "someone-else", aud: DEV_TOKEN_AUDIENCE }],
    ["without aud", { iss: DEV_TOKEN_ISSUER }],
    ["with another aud", { iss: DEV_TOKEN_ISSUER, aud: "another-api" }],
  ])("refuses a token %s: UNAUTHENTICATED, HTTP 401", async (_label, claims) => {
    const refusal = verify(`Bearer ${await hs256(secret, claims)}`);
    await expect(refusal).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED", http: { status: 401 } },
    });
  });

  it("refuses a token signed with the secret that used to be in the source", async () => {
    const local = createTokenVerifier(readAuthConfig({ AUTH_MODE: "dev", DATA_DIR: scratch() }));
    const forged = await signDevToken(OLD_SOURCE_SECRET, { personId: "p-1", roles: ["ADMIN"] });
    await expect(local(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses malformed headers and tokens", async () => {
    for (const header of ["Bearer", "Bearer a b", "Token abc", "Bearer e30.e30.", "Bearer not-a-token"]) {
      await expect(verify(header)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
    }
  });
});

describe("auth configuration", () => {
  it("refuses AUTH_MODE=dev, set or by default, with NODE_ENV=production, in one line", () => {
    for (const env of [{ NODE_ENV: "production" }, { NODE_ENV: "production", AUTH_MODE: "dev", AUTH_DEV_SECRET: secret }]) {
      expect(() => readAuthConfig(env)).toThrow(/^AUTH_MODE=dev \(the default\) is refused with NODE_ENV=production: [^\n]+$/);
    }
  });

  it("lets AUTH_DEV_SECRET override the data folder's secret, and refuses a short one", () => {
    expect(readAuthConfig({ AUTH_DEV_SECRET: secret, DATA_DIR: scratch() })).toEqual({ mode: "dev", secret });
    expect(() => readAuthConfig({ AUTH_DEV_SECRET: "short" })).toThrow(/at least 32 characters/);
    expect(() => readAuthConfig({ AUTH_DEV_SECRET: DEFAULT_DEV_SECRET })).toThrow(/not the marker/);
  });
});

describe("the local dev secret", () => {
  it("is generated on first use into the data folder, mode 0600, and read back after", () => {
    const folder = join(scratch(), "nested", ".data");
    const first = readDevSecret({ DATA_DIR: folder });
    const path = join(folder, "dev-auth-secret");
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, "utf8").trim()).toBe(first);
    expect(readDevSecret({ DATA_DIR: folder })).toBe(first);
    expect(readDevSecret({ DATA_DIR: scratch() })).not.toBe(first);
  });

  it("is what the deprecated DEFAULT_DEV_SECRET marker stands for", async () => {
    const token = await signDevToken(DEFAULT_DEV_SECRET, { roles: ["RESIDENT"] });
    await expect(createTokenVerifier({ mode: "dev", secret: readDevSecret() })(`Bearer ${token}`)).resolves.toMatchObject({
      roles: ["RESIDENT"],
    });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses a secret file other users can read, or one too short to be a key", () => {
    const folder = scratch();
    writeFileSync(join(folder, "dev-auth-secret"), `${"x".repeat(40)}\n`, { mode: 0o644 });
    chmodSync(join(folder, "dev-auth-secret"), 0o644);
    expect(() => readDevSecret({ DATA_DIR: folder })).toThrow(/readable by other users/);
    const other = scratch();
    writeFileSync(join(other, "dev-auth-secret"), "short\n", { mode: 0o600 });
    expect(() => readDevSecret({ DATA_DIR: other })).toThrow(/at least 32 characters/);
  });

  it("lives in .data at the checkout's root unless DATA_DIR says otherwise", () => {
    const root = scratch();
    mkdirSync(join(root, "services", "requests"), { recursive: true });
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: []\n");
    expect(dataFolder({}, join(root, "services", "requests"))).toBe(join(root, ".data"));
    expect(dataFolder({ DATA_DIR: "/srv/dongting" }, root)).toBe("/srv/dongting");
  });
});
