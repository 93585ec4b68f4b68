import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, readDevSecret, signDevToken } from "@dongting/subgraph-kit";
import { readGatewayOptions } from "../src/gateway-server.js";
import { expectNothingInternal, post, signHs256, startStation, startTestGateway } from "./leaks-harness.js";

/** The secret that used to be written in the kit's source. */
const OLD_SOURCE_SECRET = "dongting-local-dev-secret-not-for-production";
const ZONES = { query: "{ zones { id } }" };

let station: Awaited<ReturnType<typeof startStation>>;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;

beforeAll(async () => {
  station = await startStation();
  gateway = await startTestGateway(station.url);
});
afterAll(async () => {
  await gateway?.stop();
  await station?.stop();
});

const hs256 = (key: string, claims: { iss?: string; aud?: string; exp?: number }) =>
  signHs256(key, { sub: "00000000-0000-4000-8000-000000000001", roles: ["ADMIN"], iat: Math.floor(Date.now() / 1000), ...claims });
const local = { iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 };

describe("tokens at the gateway", () => {
  it("answers without a token as anonymous, and with a good token", async () => {
    const anonymous = await post(gateway.graphql, ZONES);
    expect(anonymous).toMatchObject({ status: 200, data: { zones: [] } });
    const issued = await post(`${gateway.url}/auth/dev-token`, { roles: ["STATION_STAFF"] });
    const token = (issued as unknown as { token: string }).token;
    const claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(claims).toMatchObject({ iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE, exp: expect.any(Number) });
    expect(await post(gateway.graphql, ZONES, { authorization: `Bearer ${token}` })).toMatchObject({ status: 200, data: { zones: [] } });
  });

  it.each([
    ["signed with the secret that used to be in the source", () => signDevToken(OLD_SOURCE_SECRET, { roles: ["ADMIN"] })],
    ["signed with another secret", () => signDevToken("another-secret-another-secret-another", { roles: ["ADMIN"] })],
    ["without exp", () => hs256(readDevSecret(), { iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE })],
    ["expired", () => hs256(readDevSecret(), { ...local, exp: Math.floor(Date.now() / 1000) - 120 })],
    ["from another issuer", () => hs256(readDevSecret(), { ...local, iss: "https://elsewhere.example" })],
    ["for another audience", () => hs256(readDevSecret(), { ...local, aud: "another-api" })],
    ["malformed", async () => "abc.def.ghi"],
    ["not a JWT at all", async () => "not-a-token"],
  ])("refuses a token %s: HTTP 401 UNAUTHENTICATED, never forwarded", async (_label, token) => {
    const before = station.requests();
    const answer = await post(gateway.graphql, ZONES, { authorization: `Bearer ${await token()}` });
    expect(answer.status).toBe(401);
    expect(answer.errors).toEqual([{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" } }]);
    expect(answer.data).toBeUndefined();
    expectNothingInternal(answer);
    expect(station.requests()).toBe(before);
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    const answer = await post(gateway.graphql, ZONES, { authorization: "Basic dXNlcjpwYXNz" });
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" });
  });
});

describe("auth configuration", () => {
  it("refuses AUTH_MODE=dev with NODE_ENV=production and jwks without issuer and audience", () => {
    expect(() => readGatewayOptions({ NODE_ENV: "production" })).toThrow(/^AUTH_MODE=dev \(the default\) is refused/);
    expect(() => readGatewayOptions({ AUTH_MODE: "jwks", AUTH_JWKS_URL: "https://idp.example/jwks" })).toThrow(
      "AUTH_MODE=jwks needs AUTH_ISSUER, AUTH_AUDIENCE",
    );
  });

  it.each([
    ["the gateway", "../dist/main.js", "[gateway] "],
    ["a subgraph", "../../services/station/dist/main.js", "[station] "],
  ])("%s started with NODE_ENV=production and AUTH_MODE=dev exits with one clear line", (_label, main, prefix) => {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL(main, import.meta.url))], {
      env: { PATH: process.env.PATH, NODE_ENV: "production", AUTH_MODE: "dev", STATION_PORT: "0", GATEWAY_PORT: "0" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${prefix}AUTH_MODE=dev (the default) is refused with NODE_ENV=production: set AUTH_MODE=jwks`)).toBe(true);
  });
});
