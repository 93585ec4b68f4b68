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
   * Called when the gateway refuses the token (HTTP 401, UNAUTHENTICATED: expired, or signed with another
   * secret): the host signs out and asks the person to sign in again.
   */
  onUnauthenticated?: () => void;
}

/** The signed-in identity as the shell knows it (the gateway still checks the token itself). */
export interface Viewer {
  personId: string | null;
  roles: Role[];
}

/** Roles known to the gateway's auth. */
export type Role =
  "RESIDENT" | "VOLUNTEER" | "GRID_LEADER" | "COMMUNITY_STAFF" | "PARTY_COMMITTEE" | "STATION_STAFF" | "INTEGRATOR" | "ADMIN";
