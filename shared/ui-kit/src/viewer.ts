import type { Role, ScopeKind, Viewer, ViewerGrant } from "./remote-props";
import { createEnumLabels } from "./i18n";
import { decodeTokenClaims } from "./token";

/** Every role the gateway's auth knows. */
export const ROLES: readonly Role[] = [
  "RESIDENT",
  "VOLUNTEER",
  "GRID_LEADER",
  "COMMUNITY_STAFF",
  "PARTY_COMMITTEE",
  "STATION_STAFF",
  "INTEGRATOR",
  "ADMIN",
];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Nobody signed in. */
export const ANONYMOUS: Viewer = Object.freeze({ personId: null, roles: [] as Role[] }) as Viewer;

function personIdOf(claim: unknown): string | null {
  return typeof claim === "string" && claim.length > 0 && claim !== "anonymous" ? claim : null;
}

const SCOPE_KINDS: readonly ScopeKind[] = ["GRID", "ORG_UNIT", "COMMUNITY", "STREET", "GLOBAL"];

/** The token's `grants` claim (`[{ role, scope: { kind, id } }]`), malformed entries dropped; undefined without the claim. */
function grantsOf(claim: unknown): ViewerGrant[] | undefined {
  if (!Array.isArray(claim)) return undefined;
  const grants: ViewerGrant[] = [];
  for (const entry of claim as unknown[]) {
    if (!entry || typeof entry !== "object") continue;
    const { role, scope } = entry as { role?: unknown; scope?: { kind?: unknown; id?: unknown } };
    const kind = scope?.kind;
    if (!isRole(role) || typeof kind !== "string" || !(SCOPE_KINDS as readonly string[]).includes(kind)) continue;
    grants.push({ role, scopeKind: kind as ScopeKind, scopeId: typeof scope?.id === "string" ? scope.id : null });
  }
  return grants;
}

/**
 * Who is signed in: the shell's `viewer` when it passes one, else read from the token's claims
 * (`sub` is the person id, "anonymous" for none; a `personId` claim wins when present), so a remote
 * also works standalone. Unknown roles are dropped. This only decides which controls to show; the
 * graph checks the token on every call.
 */
export function resolveViewer(viewer: Viewer | undefined, token: string | null): Viewer {
  if (viewer) return viewer;
  if (!token) return ANONYMOUS;
  const claims = decodeTokenClaims(token);
  if (!claims) return ANONYMOUS;
  const grants = grantsOf(claims.grants);
  const personId = personIdOf(claims.personId) ?? personIdOf(claims.sub);
  // A `roles`-only token holds its roles GLOBAL; with a `grants` claim the roles are the grants' distinct roles.
  if (grants) return { personId, roles: [...new Set(grants.map((grant) => grant.role))], grants };
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter(isRole);
  return { personId, roles };
}

/** ADMIN passes every role check, as in the subgraphs' guards. */
export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.includes("ADMIN") || viewer.roles.some((role) => roles.includes(role));
}

/** A string that changes exactly when the identity does (person, set of roles, or set of scoped grants). */
export function viewerKey(viewer: Viewer): string {
  const grants = (viewer.grants ?? []).map((grant) => `${grant.role}@${grant.scopeKind}:${grant.scopeId ?? ""}`).sort();
  return `${viewer.personId ?? ""}|${[...viewer.roles].sort().join(",")}|${grants.join(",")}`;
}

/** How a role reads in the interface. */
export const roleLabel = createEnumLabels<Role>({
  "zh-CN": {
    RESIDENT: "居民",
    VOLUNTEER: "志愿者",
    GRID_LEADER: "网格长",
    COMMUNITY_STAFF: "社区工作人员",
    PARTY_COMMITTEE: "社区党委",
    STATION_STAFF: "驿站工作人员",
    INTEGRATOR: "系统对接",
    ADMIN: "管理员",
  },
  "en-US": {
    RESIDENT: "Resident",
    VOLUNTEER: "Volunteer",
    GRID_LEADER: "Grid leader",
    COMMUNITY_STAFF: "Community staff",
    PARTY_COMMITTEE: "Party committee",
    STATION_STAFF: "Station staff",
    INTEGRATOR: "Integrator",
    ADMIN: "Administrator",
  },
});
