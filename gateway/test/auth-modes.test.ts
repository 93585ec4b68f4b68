import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { startGateway } from "../src/gateway-server.js";
import { readSupergraph } from "../src/supergraph.js";

let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "jwks", jwksUrl: "http://127.0.0.1:9/jwks", issuer: "https://idp.example", audience: "dongting-api" },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: {},
    subgraphTimeoutMs: 1000,
    bodyLimitBytes: 100_000,
    corsOrigins: ["http://localhost:5173"],
  });
});
afterAll(async () => {
  await gateway?.stop();
});

describe("gateway in AUTH_MODE=jwks", () => {
  it("serves no dev tokens", async () => {
    const response = await fetch(`http://127.0.0.1:${gateway.port}/auth/dev-token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ roles: ["ADMIN"] }),
    });
    expect(response.status).toBe(404);
  });

  it("answers CORS preflights for the shell's origin only", async () => {
    const allowed = await fetch(`http://127.0.0.1:${gateway.port}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const foreign = await fetch(`http://127.0.0.1:${gateway.port}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "http://evil.example", "access-control-request-method": "POST" },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });
});
