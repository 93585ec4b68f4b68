// Tokens the gateway must refuse with HTTP 401 UNAUTHENTICATED: garbage, expired, signed with the secret
// that used to be written in the kit's source, without `exp`, unsigned. Each claims ADMIN.
import { createHmac } from "node:crypto";
import { DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, readDevSecret, signDevToken } from "@dongting/subgraph-kit";
import { demoPersonId } from "@dongting/subgraph-kit/seed";

/** The dev secret the kit's source held before issue 10. */
export const OLD_SOURCE_SECRET = "dongting-local-dev-secret-not-for-production";

const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");

/** An HS256 JWT with exactly these claims (the dev signer always adds exp, iss and aud). */
function hs256(secret: string, claims: Record<string, unknown>): string {
  const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode(claims)}`;
  return `${unsigned}.${createHmac("sha256", secret).update(unsigned).digest("base64url")}`;
}

/** Bad tokens by name; the good ones are signed with the stack's own secret (readDevSecret), just wrong. */
export async function badTokens(): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: demoPersonId(1), roles: ["ADMIN"], iss: DEV_TOKEN_ISSUER, aud: DEV_TOKEN_AUDIENCE, iat: now };
  return {
    garbage: "garbage",
    "three garbage parts": "abc.def.ghi",
    "random bytes": Buffer.from("\u0000\u00ff不是令牌").toString("base64url"),
    expired: hs256(readDevSecret(), { ...claims, exp: now - 120 }),
    "signed with the old source secret": await signDevToken(OLD_SOURCE_SECRET, { personId: demoPersonId(1), roles: ["ADMIN"] }),
    "without exp": hs256(readDevSecret(), claims),
    unsigned: `${encode({ alg: "none", typ: "JWT" })}.${encode({ ...claims, exp: now + 3600 })}.`,
  };
}
