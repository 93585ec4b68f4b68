import { hasAnyRole, type Role, type Viewer } from "@dongting/subgraph-kit";
import { refuse } from "./refusal.js";

/*
 * Every role and ownership rule of the requests subgraph. Resolvers read the role lists through
 * `@Authorized(...ACCESS.x)`; rules that need the row (whose request is it?) are the functions below.
 * ADMIN always passes hasAnyRole and `@Authorized`.
 */
export const ACCESS = {
  /** Read every request, the metrics and the department evaluations; others read only their own requests. */
  readAll: ["COMMUNITY_STAFF", "GRID_LEADER", "PARTY_COMMITTEE", "INTEGRATOR"],
  /** Triage and handle requests, and enter a request on a resident's behalf. */
  handle: ["COMMUNITY_STAFF", "GRID_LEADER"],
  /** The community (staff and the party committee) evaluates higher-level departments. */
  evaluateDepartments: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
} as const satisfies Record<string, readonly Role[]>;

export const readsAll = (viewer: Viewer): boolean => hasAnyRole(viewer, ACCESS.readAll);
const handles = (viewer: Viewer): boolean => hasAnyRole(viewer, ACCESS.handle);

/** Stands for "nobody" in a submitter filter: a caller without a person id and a reading role sees nothing. */
const NO_PERSON = "00000000-0000-0000-0000-000000000000";

/** A request the viewer may read: everyone with a reading role, otherwise only its submitter. */
export function checkMayRead<T extends { submitterId: string }>(viewer: Viewer, request: T): T {
  if (!readsAll(viewer) && request.submitterId !== viewer.personId) throw refuse("FORBIDDEN", "NOT_OWN_REQUEST");
  return request;
}

/** The submitter a list is restricted to: the one asked for by a reader, otherwise the viewer themself. */
export function visibleSubmitter(viewer: Viewer, requested: string | null | undefined): string | null {
  if (readsAll(viewer)) return requested ?? null;
  if (requested && requested !== viewer.personId) throw refuse("FORBIDDEN", "NOT_OWN_REQUEST");
  return viewer.personId ?? NO_PERSON;
}

/** Residents submit for themselves; handlers may enter a request for anyone (phone, mailbox, patrol). */
export function submitterFor(viewer: Viewer, requested: string | null | undefined): string {
  if (requested && requested !== viewer.personId && !handles(viewer)) throw refuse("FORBIDDEN", "SUBMITTER_NOT_SELF");
  const submitter = requested || viewer.personId;
  if (!submitter)
    throw refuse("BAD_USER_INPUT", "SUBMITTER_REQUIRED", "submitterId is required when the caller is not a person", {
      field: "submitterId",
    });
  return submitter;
}

/** 群众点评 is the submitter's alone. */
export function checkIsSubmitter(viewer: Viewer, request: { submitterId: string }): void {
  if (request.submitterId !== viewer.personId) throw refuse("FORBIDDEN", "NOT_SUBMITTER");
}
