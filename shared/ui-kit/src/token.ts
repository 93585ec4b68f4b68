import type { Role } from "./remote-props";

export interface TokenClaims {
  sub?: string;
  roles?: string[];
  /** `[{ role, scope: { kind, id } }]`: the scoped grants (a token without it holds its `roles` GLOBAL). */
  grants?: unknown;
  personId?: string;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads a JWT's payload without verifying it (the gateway verifies); null when malformed. */
export function decodeTokenClaims(token: string): TokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(parts[1]));
    return claims && typeof claims === "object" ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}

/**
 * True when the token is malformed, has no `exp` (the gateway refuses such tokens) or its `exp` lies within
 * `skewSeconds` of `now`.
 */
export function isTokenExpired(token: string, now: Date = new Date(), skewSeconds = 30): boolean {
  const claims = decodeTokenClaims(token);
  if (!claims) return true;
  if (typeof claims.exp !== "number" || !Number.isFinite(claims.exp)) return true;
  return claims.exp * 1000 <= now.getTime() + skewSeconds * 1000;
}

/**
 * `{ personId }` alone: the person's stored grants (how the shell signs in). `roles` (tests, service accounts): those
 * roles GLOBAL.
 */
export interface DevTokenRequest {
  personId?: string;
  roles?: Role[];
}

/** Asks the gateway (AUTH_MODE=dev) for a signed development token. */
export async function fetchDevToken(authUrl: string, request: DevTokenRequest, fetchImpl: typeof fetch = fetch): Promise<string> {
  const response = await fetchImpl(authUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  if (!response.ok) {
    const detail = await response.text().catch(() => "");
    throw new Error(`dev-token ${response.status}${detail ? `: ${detail.slice(0, 200)}` : ""}`);
  }
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== "string" || body.token.length === 0) {
    throw new Error("dev-token: response has no token");
  }
  return body.token;
}
