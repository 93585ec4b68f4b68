/** The UI languages. Chinese is the default everywhere. */
export type Locale = "zh-CN" | "en-US";

export const DEFAULT_LOCALE: Locale = "zh-CN";

export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en-US";
}

/** Props the shell passes to every remote's exposed `./App`. */
export interface RemoteAppProps {
  /** Path prefix the remote owns, e.g. "/organisation" ("" when mounted at the root). */
  basePath: string;
  /** Gateway GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  graphqlUrl: string;
  /** Current bearer token, read on every request; null when signed out. */
  getToken: () => string | null;
  locale: Locale;
  /**
   * Who is signed in: the person id carried by the token (null for a token without one) and its
   * roles. Optional only until every remote reads it; the shell always passes it.
   */
  viewer?: Viewer;
  /**
   * The community the person acts in, picked in the shell's header switcher: every list filters by it. null = every
   * community the viewer may see (street staff looking at the whole street, or a remote run standalone).
   */
  communityId: string | null;
  /**
   * Called when the gateway refuses the token (HTTP 401, UNAUTHENTICATED: expired, or signed with another
   * secret): the host signs out and asks the person to sign in again.
   */
  onUnauthenticated?: () => void;
}

/** The signed-in identity as the shell knows it (the gateway still checks the token itself). */
export interface Viewer {
  personId: string | null;
  /** The distinct roles of the grants (what the role checks of the controls look at). */
  roles: Role[];
  /** The scoped grants (role in a scope); absent means the roles hold GLOBAL, as in a `roles`-only token. */
  grants?: ViewerGrant[];
  /** The communities the viewer may act in (`viewer.communities` of the graph), as the shell read them. */
  communities?: ViewerCommunity[];
}

/** GRID: that grid. ORG_UNIT: that unit and below. COMMUNITY: the community. STREET: its communities. GLOBAL: everywhere. */
export type ScopeKind = "GRID" | "ORG_UNIT" | "COMMUNITY" | "STREET" | "GLOBAL";

/** One role in one scope, as the token and `viewer.grants` carry it. */
export interface ViewerGrant {
  role: Role;
  scopeKind: ScopeKind;
  /** The grid, org unit, community or street org unit; null for GLOBAL. */
  scopeId: string | null;
  /** The scope's name as the shell could resolve it (第1网格, 水果湖街道); absent when unknown. */
  scopeName?: string;
  /** The communities the grant reaches, as far as the shell knows (absent: unknown; GLOBAL reaches all). */
  communityIds?: string[];
}

/** A community the viewer may act in. */
export interface ViewerCommunity {
  id: string;
  code: string;
  name: string;
}

/** Roles known to the gateway's auth. */
export type Role =
  "RESIDENT" | "VOLUNTEER" | "GRID_LEADER" | "COMMUNITY_STAFF" | "PARTY_COMMITTEE" | "STATION_STAFF" | "INTEGRATOR" | "ADMIN";
