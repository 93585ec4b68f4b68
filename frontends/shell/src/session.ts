import { isPersonaKey, isTokenExpired, type PersonaKey } from "@dongting/ui-kit";

export interface Session {
  token: string;
  /** The demo persona signed in as (its person id and roles come with it). */
  personaKey: PersonaKey;
}

const SESSION_KEY = "dongting.session";

/** The stored session, or null when there is none, it is malformed or its token has expired. */
export function readSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    if (typeof session.token !== "string" || !isPersonaKey(session.personaKey)) return null;
    if (isTokenExpired(session.token)) {
      sessionStorage.removeItem(SESSION_KEY);
      return null;
    }
    return { token: session.token, personaKey: session.personaKey };
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

/** Token getter handed to the remotes; it reads storage each time so it never goes stale. */
export function currentToken(): string | null {
  return readSession()?.token ?? null;
}
