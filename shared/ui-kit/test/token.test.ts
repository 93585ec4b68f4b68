import { describe, expect, it } from "vitest";
import { decodeTokenClaims, isTokenExpired } from "../src/token";

function tokenWith(claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}.signature`;
}

describe("token helpers", () => {
  it("decodes the payload, including non-ASCII claims", () => {
    const token = tokenWith({ sub: "p1", roles: ["PARTY_COMMITTEE"], name: "东亭" });
    expect(decodeTokenClaims(token)).toMatchObject({ sub: "p1", roles: ["PARTY_COMMITTEE"], name: "东亭" });
  });

  it("treats malformed tokens as expired", () => {
    expect(decodeTokenClaims("not-a-jwt")).toBeNull();
    expect(isTokenExpired("not-a-jwt")).toBe(true);
  });

  it("checks exp with a clock skew", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    const exp = now.getTime() / 1000;
    expect(isTokenExpired(tokenWith({ exp: exp + 3600 }), now)).toBe(false);
    expect(isTokenExpired(tokenWith({ exp: exp + 10 }), now)).toBe(true);
    expect(isTokenExpired(tokenWith({ exp: exp - 1 }), now)).toBe(true);
  });

  it("treats a token without a numeric exp as expired (the gateway refuses it)", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    expect(isTokenExpired(tokenWith({ sub: "p1", roles: ["RESIDENT"] }), now)).toBe(true);
    expect(isTokenExpired(tokenWith({ sub: "p1", exp: "2099-01-01" }), now)).toBe(true);
  });
});
