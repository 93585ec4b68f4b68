import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, readDevSecret, signDevToken } from "@dongting/subgraph-kit";
import { readGatewayOptions } from "../src/gateway-server.js";
import { expectNothingInternal, post, signHs256, startStation, startTestGateway } from "./leaks-harness.js";
import { startFakeOrganisation } from "./support/fake-organisation.js";
import { claimsOf } from "./support/graph-client.js";

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
    const claims = claimsOf(token);
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

const GRID_LEADER = "00000000-0000-4000-8000-000000000006";
const NOBODY = "00000000-0000-4000-8000-000000000099";
const UNKNOWN = "00000000-0000-4000-8000-0000000fffff";
const BROKEN = "00000000-0000-4000-8000-0000000eeeee";
const GRID_1 = "00000000-0000-4000-a001-000000000001";
const COMMUNITY_1 = "00000000-0000-4000-a005-000000000001";

describe("POST /auth/dev-token issues a person's stored grants", () => {
  let organisation: Awaited<ReturnType<typeof startFakeOrganisation>>;
  let withOrganisation: Awaited<ReturnType<typeof startTestGateway>>;
  const issue = (body: unknown) => post(`${withOrganisation.url}/auth/dev-token`, body);
  const tokenOf = (answer: { text: string }) => (JSON.parse(answer.text) as { token: string }).token;

  beforeAll(async () => {
    organisation = await startFakeOrganisation({
      [GRID_LEADER]: [
        { role: "GRID_LEADER", scopeKind: "GRID", scopeId: GRID_1 },
        { role: "RESIDENT", scopeKind: "COMMUNITY", scopeId: COMMUNITY_1 },
      ],
      [NOBODY]: [],
      [UNKNOWN]: "null",
      [BROKEN]: { status: 500 },
    });
    withOrganisation = await startTestGateway(station.url, {
      subgraphUrlOverrides: { station: station.url, organisation: organisation.url },
    });
  });
  afterAll(async () => {
    await withOrganisation?.stop();
    await organisation?.stop();
  });

  it("{personId} alone: the token names the person and holds exactly their stored grants", async () => {
    const answer = await issue({ personId: GRID_LEADER });
    expect(answer.status).toBe(200);
    expect(claimsOf(tokenOf(answer))).toMatchObject({
      sub: GRID_LEADER,
      grants: [
        { role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_1 } },
        { role: "RESIDENT", scope: { kind: "COMMUNITY", id: COMMUNITY_1 } },
      ],
    });
    // Organisation was asked as the person alone: a short token naming them and holding no grant.
    const asked = organisation.seen.at(-1)!;
    expect(asked.variables).toEqual({ id: GRID_LEADER });
    const lookup = claimsOf(asked.authorization!.replace(/^Bearer /, ""));
    expect(lookup).toMatchObject({ sub: GRID_LEADER, grants: [] });
    expect(lookup.exp - lookup.iat).toBe(60);
  });

  it("a person with no stored grant gets a signed-in token with an empty grants claim", async () => {
    const answer = await issue({ personId: NOBODY });
    expect(answer.status).toBe(200);
    const claims = claimsOf(tokenOf(answer));
    expect(claims).toMatchObject({ sub: NOBODY, grants: [] });
    // A signed-in nobody: the gateway accepts the token (anonymous reads still answer).
    expect(await post(withOrganisation.graphql, ZONES, { authorization: `Bearer ${tokenOf(answer)}` })).toMatchObject({ status: 200 });
  });

  it.each([
    ["an unknown person (person: null)", UNKNOWN, 404],
    ["an unknown person (NOT_FOUND)", "00000000-0000-4000-8000-0000000ddddd", 404],
    ["organisation failing (HTTP 500)", BROKEN, 503],
  ])("%s: HTTP %s with a JSON error and no token", async (_label, personId, status) => {
    const answer = await issue({ personId });
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.text)).toEqual({ error: expect.any(String) });
    expectNothingInternal(answer);
  });

  it("organisation down: HTTP 503", async () => {
    const answer = await post(`${gateway.url}/auth/dev-token`, { personId: GRID_LEADER });
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.text)).toEqual({ error: expect.any(String) });
    expectNothingInternal(answer);
  });

  it("{roles} (with or without personId) holds those roles GLOBAL and asks organisation nothing", async () => {
    const before = organisation.seen.length;
    const withPerson = claimsOf(tokenOf(await issue({ personId: GRID_LEADER, roles: ["GRID_LEADER", "RESIDENT"] })));
    expect(withPerson).toMatchObject({
      sub: GRID_LEADER,
      grants: [
        { role: "GRID_LEADER", scope: { kind: "GLOBAL", id: null } },
        { role: "RESIDENT", scope: { kind: "GLOBAL", id: null } },
      ],
    });
    expect(claimsOf(tokenOf(await issue({ roles: ["INTEGRATOR"] })))).toMatchObject({
      sub: "anonymous",
      grants: [{ role: "INTEGRATOR", scope: { kind: "GLOBAL", id: null } }],
    });
    expect(organisation.seen.length).toBe(before);
  });

  it("{personId, grants} signs the explicit grants as given (tests)", async () => {
    const grants = [{ role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: COMMUNITY_1 } }];
    const answer = await issue({ personId: NOBODY, grants });
    expect(answer.status).toBe(200);
    expect(claimsOf(tokenOf(answer))).toMatchObject({ sub: NOBODY, grants });
    expect(claimsOf(tokenOf(await issue({ personId: NOBODY, grants: [] })))).toMatchObject({ grants: [] });
  });

  it.each([
    ["not JSON", "{"],
    ["an empty body", {}],
    ["a JSON array", [1]],
    ["an unknown role", { roles: ["KING"] }],
    ["an empty roles list", { roles: [] }],
    ["a personId that is no uuid", { personId: "6" }],
    ["a grant without a scope", { personId: NOBODY, grants: [{ role: "RESIDENT" }] }],
    ["a GRID grant without an id", { personId: NOBODY, grants: [{ role: "GRID_LEADER", scope: { kind: "GRID" } }] }],
    ["a grant of an unknown scope kind", { personId: NOBODY, grants: [{ role: "RESIDENT", scope: { kind: "PLANET", id: "x" } }] }],
    ["grants that are no list", { personId: NOBODY, grants: { role: "RESIDENT" } }],
  ])("refuses %s: HTTP 400", async (_label, body) => {
    const response = await fetch(`${withOrganisation.url}/auth/dev-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.any(String) });
  });
});
