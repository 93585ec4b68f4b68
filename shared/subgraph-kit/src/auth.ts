import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { AuthCheckerFn, MiddlewareFn } from "type-graphql";
import { forbidden, unauthenticated } from "./errors.js";

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

export interface Viewer {
  personId: string | null;
  roles: Role[];
}

export const ANONYMOUS: Viewer = Object.freeze({ personId: null, roles: [] }) as Viewer;

/** The secret only exists so local development and tests need no identity provider. */
export const DEFAULT_DEV_SECRET = "dongting-local-dev-secret-not-for-production";
const ISSUER = "dongting-community-graph";

export type AuthConfig = { mode: "dev"; secret: string } | { mode: "jwks"; jwksUrl: string; issuer?: string; audience?: string };

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const mode = env.AUTH_MODE ?? "dev";
  if (mode === "dev") return { mode, secret: env.AUTH_DEV_SECRET ?? DEFAULT_DEV_SECRET };
  if (mode === "jwks") {
    if (!env.AUTH_JWKS_URL) throw new Error("AUTH_MODE=jwks needs AUTH_JWKS_URL");
    return { mode, jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE };
  }
  throw new Error(`AUTH_MODE must be "dev" or "jwks", not "${mode}"`);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export async function signDevToken(
  secret: string,
  viewer: { personId?: string | null; roles: Role[] },
  expiresIn = "12h",
): Promise<string> {
  return new SignJWT({ roles: viewer.roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(viewer.personId ?? "anonymous")
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

function viewerFromClaims(payload: JWTPayload): Viewer {
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  const roles = claimed.filter(isRole);
  const personId = payload.sub && payload.sub !== "anonymous" ? payload.sub : null;
  return { personId, roles };
}

export type TokenVerifier = (authorizationHeader: string | undefined | null) => Promise<Viewer>;

/** A missing header is an anonymous viewer; a present but invalid token is refused outright. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const verify =
    config.mode === "dev"
      ? (token: string) => jwtVerify(token, new TextEncoder().encode(config.secret), { algorithms: ["HS256"], issuer: ISSUER })
      : (() => {
          const keys = createRemoteJWKSet(new URL(config.jwksUrl));
          return (token: string) => jwtVerify(token, keys, { issuer: config.issuer, audience: config.audience });
        })();
  return async (header) => {
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) throw unauthenticated("Authorization header must be 'Bearer <token>'");
    try {
      const { payload } = await verify(match[1]);
      return viewerFromClaims(payload);
    } catch {
      throw unauthenticated("令牌无效或已过期 (invalid or expired token)");
    }
  };
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
