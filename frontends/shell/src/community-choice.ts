import type { PersonaKey, ViewerCommunity, ViewerGrant } from "@dongting/ui-kit";

/** "all": every community the viewer may see (lists unfiltered beyond the viewer's reach). */
export type CommunityChoice = string | "all";

const keyOf = (persona: PersonaKey) => `dongting.community.${persona}`;

/**
 * The default when nothing (valid) is remembered: street and GLOBAL viewers look at the whole street first ("all":
 * the street view is what they are for); everyone else acts in their first community.
 */
export function defaultCommunity(communities: readonly ViewerCommunity[], grants: readonly ViewerGrant[]): CommunityChoice {
  if (communities.length === 0) return "all";
  if (communities.length > 1 && grants.some((grant) => grant.scopeKind === "STREET" || grant.scopeKind === "GLOBAL")) return "all";
  return communities[0]!.id;
}

/** The remembered choice of this persona when it is still one of its communities, else the default. */
export function chosenCommunity(
  persona: PersonaKey,
  communities: readonly ViewerCommunity[],
  grants: readonly ViewerGrant[],
): CommunityChoice {
  const stored = localStorage.getItem(keyOf(persona));
  if (stored === "all" && communities.length > 1) return "all";
  if (stored && communities.some((community) => community.id === stored)) return stored;
  return defaultCommunity(communities, grants);
}

export function rememberCommunity(persona: PersonaKey, choice: CommunityChoice): void {
  localStorage.setItem(keyOf(persona), choice);
}

/** What the remotes get as `communityId`. */
export function communityIdOf(choice: CommunityChoice | null): string | null {
  return choice && choice !== "all" ? choice : null;
}
