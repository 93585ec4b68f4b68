import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createTokenVerifier, readAuthConfig, roleAuthChecker, signDevToken } from "../src/auth.js";

const secret = "test-secret";
const verifyDev = createTokenVerifier({ mode: "dev", secret });

describe("dev tokens", () => {
  it("round-trips person and roles", async () => {
    const token = await signDevToken(secret, { personId: "p-1", roles: ["COMMUNITY_STAFF"] });
    await expect(verifyDev(`Bearer ${token}`)).resolves.toEqual({
      personId: "p-1",
      roles: ["COMMUNITY_STAFF"],
      grants: [{ role: "COMMUNITY_STAFF", scope: { kind: "GLOBAL", id: null } }],
    });
  });

  it("treats a missing header as anonymous", async () => {
    await expect(verifyDev(undefined)).resolves.toEqual({ personId: null, roles: [], grants: [] });
  });

  it("drops unknown roles from the claims", async () => {
    const token = await signDevToken(secret, { roles: ["RESIDENT", "KING" as never] });
    await expect(verifyDev(`Bearer ${token}`)).resolves.toEqual({
      personId: null,
      roles: ["RESIDENT"],
      grants: [{ role: "RESIDENT", scope: { kind: "GLOBAL", id: null } }],
    });
  });

  it.each([
    ["a token signed with another secret", async () => `Bearer ${await signDevToken("other", { roles: ["ADMIN"] })}`],
    ["garbage", async () => "Bearer abc.def.ghi"],
    ["a non-bearer header", async () => "Basic dXNlcjpwYXNz"],
    ["an expired token", async () => `Bearer ${await signDevToken(secret, { roles: ["ADMIN"] }, "-1s")}`],
  ])("refuses %s with UNAUTHENTICATED", async (_label, header) => {
    await expect(verifyDev(await header())).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});

describe("a token that verified once is trusted again only while it is valid", () => {
  afterEach(() => vi.useRealTimers());

  it("refuses it once it has expired, though it verified before", async () => {
    // Within the cache's minute: only the token's own expiry can refuse it here.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T08:00:00Z"));
    const verify = createTokenVerifier({ mode: "dev", secret });
    const header = `Bearer ${await signDevToken(secret, { personId: "p-1", roles: ["RESIDENT"] }, "30s")}`;
    await expect(verify(header)).resolves.toMatchObject({ personId: "p-1" });
    vi.setSystemTime(new Date("2030-01-01T08:00:20Z"));
    await expect(verify(header)).resolves.toMatchObject({ personId: "p-1" });
    vi.setSystemTime(new Date("2030-01-01T08:00:31Z"));
    await expect(verify(header)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("refuses the same claims under a changed signature", async () => {
    const verify = createTokenVerifier({ mode: "dev", secret });
    const token = await signDevToken(secret, { personId: "p-1", roles: ["ADMIN"] });
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ roles: ["ADMIN"] });
    const [header, payload, signature] = token.split(".");
    const forged = `${header}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
    await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("is not trusted by a verifier with another secret", async () => {
    const header = `Bearer ${await signDevToken(secret, { roles: ["ADMIN"] })}`;
    await expect(verifyDev(header)).resolves.toMatchObject({ roles: ["ADMIN"] });
    await expect(createTokenVerifier({ mode: "dev", secret: "another-secret" })(header)).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });
});

describe("jwks mode", () => {
  const servers: Array<{ close(): void }> = [];
  afterAll(() => servers.forEach((server) => server.close()));

  it("verifies RS256 tokens against a JWKS endpoint", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    const config = readAuthConfig({
      AUTH_MODE: "jwks",
      AUTH_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`,
      AUTH_ISSUER: "https://idp.example",
      AUTH_AUDIENCE: "dongting-api",
    });
    const verify = createTokenVerifier(config);
    const sign = (claims: { iss?: string; aud?: string; exp?: boolean }) => {
      const jwt = new SignJWT({ roles: ["GRID_LEADER"] }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setSubject("person-9");
      if (claims.iss) jwt.setIssuer(claims.iss);
      if (claims.aud) jwt.setAudience(claims.aud);
      if (claims.exp !== false) jwt.setExpirationTime("5m");
      return jwt.sign(privateKey);
    };
    const good = await sign({ iss: "https://idp.example", aud: "dongting-api" });
    await expect(verify(`Bearer ${good}`)).resolves.toEqual({
      personId: "person-9",
      roles: ["GRID_LEADER"],
      grants: [{ role: "GRID_LEADER", scope: { kind: "GLOBAL", id: null } }],
    });
    for (const bad of [
      await sign({ iss: "https://other.example", aud: "dongting-api" }),
      await sign({ iss: "https://idp.example", aud: "another-api" }),
      await sign({ aud: "dongting-api" }),
      await sign({ iss: "https://idp.example", aud: "dongting-api", exp: false }),
      await signDevToken("whatever-whatever-whatever-whatever", { roles: ["ADMIN"] }),
    ]) {
      await expect(verify(`Bearer ${bad}`)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    }
  });

  it("refuses to start without AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE", () => {
    expect(() => readAuthConfig({ AUTH_MODE: "jwks" })).toThrow("AUTH_MODE=jwks needs AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE");
    expect(() => readAuthConfig({ AUTH_MODE: "jwks", AUTH_JWKS_URL: "https://idp.example/jwks", AUTH_ISSUER: "x" })).toThrow(
      "AUTH_MODE=jwks needs AUTH_AUDIENCE",
    );
  });
});

describe("role guard", () => {
  const check = (viewer: { personId: string | null; roles: string[] }, roles: string[]) =>
    roleAuthChecker({ context: { viewer } } as never, roles);

  it("refuses anonymous callers as UNAUTHENTICATED", () => {
    expect(() => check({ personId: null, roles: [] }, ["PARTY_COMMITTEE"])).toThrow(
      expect.objectContaining({ extensions: { code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" } }),
    );
  });

  it("lets ADMIN and the named roles through, and nobody else", () => {
    expect(check({ personId: "a", roles: ["ADMIN"] }, ["PARTY_COMMITTEE"])).toBe(true);
    expect(check({ personId: "a", roles: ["PARTY_COMMITTEE"] }, ["PARTY_COMMITTEE"])).toBe(true);
    expect(check({ personId: "a", roles: ["RESIDENT"] }, ["PARTY_COMMITTEE"])).toBe(false);
    expect(check({ personId: "a", roles: ["RESIDENT"] }, [])).toBe(true);
  });
});
