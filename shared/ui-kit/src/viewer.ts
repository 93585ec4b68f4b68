import type { Role, Viewer } from "./remote-props";
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
  const roles = (Array.isArray(claims.roles) ? claims.roles : []).filter(isRole);
  return { personId: personIdOf(claims.personId) ?? personIdOf(claims.sub), roles };
}

/** ADMIN passes every role check, as in the subgraphs' guards. */
export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.includes("ADMIN") || viewer.roles.some((role) => roles.includes(role));
}

/** A string that changes exactly when the identity does (person or set of roles). */
export function viewerKey(viewer: Viewer): string {
  return `${viewer.personId ?? ""}|${[...viewer.roles].sort().join(",")}`;
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
