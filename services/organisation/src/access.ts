import { hasAnyRole, type Role, type Viewer } from "@dongting/subgraph-kit";

/**
 * Every role and ownership rule of the organisation subgraph, as data. Mutations name their entry in
 * `@Authorized(...ACCESS.x)` (ADMIN always passes); field rules go through the functions below.
 */
export const ACCESS = {
  /** Edits the party tree: units, secretaries, party memberships. */
  editPartyTree: ["PARTY_COMMITTEE"],
  /** Registers people and moves them between neighbourhoods. */
  editPeople: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
  /** Maintains grids, neighbourhoods, buildings and their leaders. */
  editGridTree: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
  /** Reads every person's full phone number (everyone else sees it masked, except on their own record). */
  readFullPhone: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
} as const satisfies Record<string, readonly Role[]>;

/** Whether `viewer` may read `person`'s phone number unmasked: their own, or with a role that reads all. */
export function mayReadFullPhone(viewer: Viewer, person: { id: string }): boolean {
  return viewer.personId === person.id || hasAnyRole(viewer, ACCESS.readFullPhone);
}
