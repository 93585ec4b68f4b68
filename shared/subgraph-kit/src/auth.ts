import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { LRUCache } from "lru-cache";
import type { AuthCheckerFn, MiddlewareFn } from "type-graphql";
import { LOCAL_DEV_SECRET_MARKER, readDevSecret } from "./dev-secret.js";
import { forbidden, invalidToken, unauthenticated } from "./errors.js";

export * from "./dev-secret.js";

export const ROLES = [
  "RESIDENT",
  "VOLUNTEER",
  "GRID_LEADER",
  "COMMUNITY_STAFF",
  "PARTY_COMMITTEE",
  "STATION_STAFF",
  "INTEGRATOR",
  "ADMIN",
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_KINDS = ["GRID", "ORG_UNIT", "COMMUNITY", "STREET", "GLOBAL"] as const;
/** GRID: that grid. ORG_UNIT: that unit and below. COMMUNITY: the community. STREET: its communities. GLOBAL: everywhere. */
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** One role held in one scope: the `grants` claim of a token is a list of these. */
export interface Grant {
  role: Role;
  /** `id` is the grid, org unit, community or street org unit; null for GLOBAL. */
  scope: { kind: ScopeKind; id: string | null };
}

export interface Viewer {
  personId: string | null;
  /** Every role the viewer holds somewhere (the roles of `grants`): what `@Authorized` checks. */
  roles: Role[];
  /** Where each role is held; scope checks (`reachOf`) read these. */
  grants: Grant[];
}

export const ANONYMOUS: Viewer = Object.freeze({ personId: null, roles: [], grants: [] }) as Viewer;

export const globalGrant = (role: Role): Grant => ({ role, scope: { kind: "GLOBAL", id: null } });

/** A viewer from its grants: `roles` is their distinct roles. */
export function viewerWithGrants(personId: string | null, grants: readonly Grant[]): Viewer {
  return { personId, roles: [...new Set(grants.map((grant) => grant.role))], grants: [...grants] };
}

export function isScopeKind(value: unknown): value is ScopeKind {
  return typeof value === "string" && (SCOPE_KINDS as readonly string[]).includes(value);
}

/** A well-formed grant (GLOBAL without an id, every other kind with one), else null: bad grants are dropped. */
export function parseGrant(value: unknown): Grant | null {
  if (!value || typeof value !== "object") return null;
  const { role, scope } = value as { role?: unknown; scope?: { kind?: unknown; id?: unknown } };
  if (!isRole(role) || !scope || !isScopeKind(scope.kind)) return null;
  if (scope.kind === "GLOBAL") return { role, scope: { kind: "GLOBAL", id: null } };
  if (typeof scope.id !== "string" || scope.id.length === 0 || scope.id.length > 100) return null;
  return { role, scope: { kind: scope.kind, id: scope.id } };
}

/** Who signs dev tokens and for whom: a dev token names both, and the verifier checks both. */
export const DEV_TOKEN_ISSUER = "dongting-community-graph";
export const DEV_TOKEN_AUDIENCE = "dongting-community-graph/api";

/**
 * @deprecated The dev secret is no longer in the source: use `readDevSecret()`. Kept one round so callers
 * that still pass it keep building; it is not a key but a marker for "the local dev secret", resolved by
 * `createTokenVerifier` and `signDevToken` to `readDevSecret()`.
 */
export const DEFAULT_DEV_SECRET = LOCAL_DEV_SECRET_MARKER;
const resolveSecret = (secret: string) => (secret === DEFAULT_DEV_SECRET ? readDevSecret() : secret);

export type AuthConfig = { mode: "dev"; secret: string } | { mode: "jwks"; jwksUrl: string; issuer: string; audience: string };

/**
 * AUTH_MODE=dev (the default): HS256 dev tokens signed with the local secret; refused when
 * NODE_ENV=production. AUTH_MODE=jwks: an identity provider's keys, its issuer and this API's audience.
 * Throws an Error whose message is the one line a process prints before it exits.
 */
export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const mode = env.AUTH_MODE ?? "dev";
  if (mode === "dev") {
    if (env.NODE_ENV === "production") {
      throw new Error(
        "AUTH_MODE=dev (the default) is refused with NODE_ENV=production: set AUTH_MODE=jwks with AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE",
      );
    }
    return { mode, secret: readDevSecret(env) };
  }
  if (mode === "jwks") {
    const missing = ["AUTH_JWKS_URL", "AUTH_ISSUER", "AUTH_AUDIENCE"].filter((name) => !env[name]);
    if (missing.length) throw new Error(`AUTH_MODE=jwks needs ${missing.join(", ")}`);
    return { mode, jwksUrl: env.AUTH_JWKS_URL!, issuer: env.AUTH_ISSUER!, audience: env.AUTH_AUDIENCE! };
  }
  throw new Error(`AUTH_MODE must be "dev" or "jwks", not "${mode}"`);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * A dev token: HS256 with issuer, audience, issued-at and expiry (12 hours unless told otherwise) and a
 * `grants` claim: the grants given, plus each of `roles` held GLOBAL (tests and service accounts).
 */
export async function signDevToken(
  secret: string,
  viewer: { personId?: string | null; roles?: readonly Role[]; grants?: readonly Grant[] },
  expiresIn: string | number = "12h",
): Promise<string> {
  const grants = [...(viewer.grants ?? []), ...(viewer.roles ?? []).map(globalGrant)];
  return new SignJWT({ grants })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(viewer.personId ?? "anonymous")
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(resolveSecret(secret)));
}

/**
 * The viewer a token names: its `grants` claim (malformed entries dropped); a token with only a `roles`
 * claim (an identity provider without the grants mapper) holds those roles GLOBAL.
 */
export function viewerFromClaims(payload: JWTPayload): Viewer {
  const personId = payload.sub && payload.sub !== "anonymous" ? payload.sub : null;
  if (Array.isArray(payload.grants)) {
    const grants = payload.grants.map(parseGrant).filter((grant): grant is Grant => grant !== null);
    return viewerWithGrants(personId, grants.slice(0, 200));
  }
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  return viewerWithGrants(personId, claimed.filter(isRole).map(globalGrant));
}

export type TokenVerifier = (authorizationHeader: string | undefined | null) => Promise<Viewer>;

/** Identity providers sign with asymmetric keys; a symmetric algorithm from a JWKS is never accepted. */
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/**
 * A missing header is an anonymous viewer; a present token must be well formed, correctly signed, carry
 * `exp` (not passed), the expected `iss` and `aud`, or it is refused outright: UNAUTHENTICATED, HTTP 401.
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (config.mode === "dev") {
    const key = new TextEncoder().encode(resolveSecret(config.secret));
    const options = { algorithms: ["HS256"], issuer: DEV_TOKEN_ISSUER, audience: DEV_TOKEN_AUDIENCE, requiredClaims: ["exp"] };
    verify = (token) => jwtVerify(token, key, options);
  } else {
    if (!config.issuer || !config.audience) throw new Error("AUTH_MODE=jwks needs AUTH_ISSUER and AUTH_AUDIENCE");
    const keys = createRemoteJWKSet(new URL(config.jwksUrl));
    const options = { algorithms: JWKS_ALGORITHMS, issuer: config.issuer, audience: config.audience, requiredClaims: ["exp"] };
    verify = (token) => jwtVerify(token, keys, options);
  }
  const verified = verifiedTokenCache();
  return async (header) => {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw invalidToken("Authorization 头须为 'Bearer <令牌>' (the Authorization header must be 'Bearer <token>')");
    const token = match[1];
    const known = verified.get(token);
    if (known && known.expiresAtMs > Date.now()) return known.viewer;
    try {
      const { payload } = await verify(token);
      const viewer = viewerFromClaims(payload);
      verified.set(token, { viewer, expiresAtMs: payload.exp! * 1000 });
      return viewer;
    } catch {
      throw invalidToken();
    }
  };
}

/**
 * Every request of a signed-in user carries the same token, and its signature check is a good part of a request's
 * CPU: a token that verified is trusted again, by its exact text, until its own expiry and for at most a minute
 * (so a JWKS key taken out of service stops being accepted soon after). Bounded, least recently used first out.
 */
function verifiedTokenCache(): LRUCache<string, { viewer: Viewer; expiresAtMs: number }> {
  return new LRUCache({ max: Number(process.env.AUTH_VERIFIED_TOKENS_MAX ?? 10_000), ttl: 60_000, ttlAutopurge: false });
}

export interface ViewerContext {
  viewer: Viewer;
}

export const isAnonymous = (viewer: Viewer): boolean => !viewer.personId && viewer.roles.length === 0;

/** A service account of a district system or data team: strictly read-only, never personal data. */
export const isIntegrator = (viewer: Viewer): boolean => viewer.roles.includes("INTEGRATOR");

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.includes("ADMIN") || viewer.roles.some((role) => roles.includes(role));
}

/**
 * type-graphql `@Authorized()` means "signed in"; `@Authorized("A", "B")` means one of those roles
 * (ADMIN always passes). Anonymous callers get UNAUTHENTICATED, others FORBIDDEN.
 */
export const roleAuthChecker: AuthCheckerFn<ViewerContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer.personId && viewer.roles.length === 0) throw unauthenticated();
  if (roles.length === 0) return true;
  return hasAnyRole(viewer, roles as Role[]);
};

/** type-graphql global middleware: an INTEGRATOR token never runs a mutation, whatever its other roles. */
export const readOnlyIntegrators: MiddlewareFn<ViewerContext> = ({ context, info }, next) => {
  if (info.parentType.name === "Mutation" && isIntegrator(context.viewer)) {
    throw forbidden("READ_ONLY_ACCOUNT", "集成账号只读 (integrator accounts are read-only)");
  }
  return next();
};
