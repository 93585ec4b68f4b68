import {
  hasAnyRole,
  isIntegrator,
  type Grantee,
  type ReadPolicy,
  type Role,
  type SubgraphContext,
  type Viewer,
} from "@dongting/subgraph-kit";
import { refuse } from "./refusal.js";
import { requestById } from "./request/request.loader.js";

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

/**
 * The submitter a list is restricted to: the one asked for by a reader, otherwise the viewer themself.
 * An integrator reads every request but not who made it: filtering by submitter would tell them anyway.
 */
export function visibleSubmitter(viewer: Viewer, requested: string | null | undefined): string | null {
  if (requested && isIntegrator(viewer)) throw refuse("FORBIDDEN", "PERSONAL_FILTER_NOT_ALLOWED");
  if (readsAll(viewer)) return requested ?? null;
  if (requested && requested !== viewer.personId) throw refuse("FORBIDDEN", "NOT_OWN_REQUEST");
  return viewer.personId ?? NO_PERSON;
}

/**
 * Whether a search looks into titles and descriptions: not for an integrator, who may not read them (the
 * list's count and codes would answer what the texts say); their search matches codes only.
 */
export const searchesTexts = (viewer: Viewer): boolean => !isIntegrator(viewer);

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

/*
 * The read policy: who reads which field (enforced by the kit for root fields, nested fields and `_entities`).
 * A request is reached only by those the root fields and the entity rule let in: its submitter and the
 * readers of every request (ACCESS.readAll). Within it, what says who someone is or what they wrote (the
 * submitter, the free text, the names of people, the timeline's actors and notes, the neighbourhood, which
 * is as good as an address) is the submitter's own and the handling staff's; the integrator, a district
 * system or data team, gets the rest: codes, categories, statuses, levels, times, grids, scores.
 */

/**
 * Those who handle requests and need to know who asked and what was written: grid leaders (scoped to their
 * own grid by the next issue), community staff and the party committee (ADMIN passes every role grant).
 */
const HANDLING_STAFF = ["GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE"] as const satisfies readonly Role[];
/** Personal parts of a request: its submitter and the handling staff; never anonymous callers or integrators. */
const SUBMITTER_AND_STAFF: readonly Grantee[] = ["submitter", ...HANDLING_STAFF];
/** Free text the contract keeps non-null: denied readers get REDACTED_TEXT instead of an error. */
const REDACTED_UNLESS_ALLOWED = { read: SUBMITTER_AND_STAFF, whenDenied: "redact" } as const;
/**
 * Facts about a request that name nobody (codes, categories, statuses, levels, times, grids, scores): as they
 * are to anyone signed in who reached the request at all (the root fields and `_entities` decide who does).
 */
const FACTS: readonly Grantee[] = ["SIGNED_IN"];

/** The request's submitter: on the row and on the parts the resolvers hand on, else loaded (`_entities`). */
async function submitterIdOf(object: { submitterId?: unknown; __typename?: unknown; id?: unknown }, ctx: SubgraphContext) {
  if (typeof object.submitterId === "string") return object.submitterId;
  if (object.__typename === "ResidentRequest" && typeof object.id === "string") {
    return (await requestById(ctx).load(object.id))?.submitterId ?? null;
  }
  return null;
}

export const READ_POLICY: ReadPolicy = {
  relations: {
    /** The viewer submitted the request (the parts of a request carry its submitterId). */
    submitter: async (object, viewer, ctx) => viewer.personId !== null && (await submitterIdOf(object, ctx)) === viewer.personId,
  },
  types: {
    Query: {
      fields: {
        // Signed in only; residents (and any role that does not read all) get their own (checkMayRead, visibleSubmitter).
        request: ["SIGNED_IN"],
        requests: ["SIGNED_IN"],
        // departmentEvaluations, requestMetrics and the summary stay with their role check,
        // @Authorized(...ACCESS.readAll) (ROLE_NOT_ALLOWED): they list no person, and the comment has a rule.
      },
    },
    ResidentRequest: {
      personal: true,
      // `_entities` as the root fields: the readers of every request and the submitter; never anonymous.
      // (Roles first: the submitter check loads the request, through the loader the reference then reuses.)
      entity: [...ACCESS.readAll, "submitter"],
      fields: {
        id: FACTS,
        code: FACTS,
        channel: FACTS,
        category: FACTS,
        status: FACTS,
        level: FACTS,
        urgency: FACTS,
        submittedAt: FACTS,
        respondBy: FACTS,
        resolveBy: FACTS,
        respondedAt: FACTS,
        resolvedAt: FACTS,
        overdue: FACTS,
        grid: FACTS,
        // A patrol shift names a team's duty, not a resident (the volunteers subgraph guards its people).
        patrolShift: FACTS,
        // The parts below are objects whose own personal fields have rules.
        assignment: FACTS,
        events: FACTS,
        residentRating: FACTS,
        communityReview: FACTS,
        // Who asked: the submitter themself and the handling staff; others null with FORBIDDEN.
        submitter: SUBMITTER_AND_STAFF,
        // The submitter's neighbourhood is as good as their address; the grid is coarse enough to count.
        neighbourhood: SUBMITTER_AND_STAFF,
        // Titles and descriptions often hold names, addresses and phone numbers.
        title: REDACTED_UNLESS_ALLOWED,
        description: REDACTED_UNLESS_ALLOWED,
      },
    },
    Assignment: {
      personal: true,
      fields: {
        forceKind: FACTS,
        assignedAt: FACTS,
        // Team names are public (their members are the volunteers subgraph's to guard).
        volunteerTeam: FACTS,
        // The person dispatched: the submitter may know who handles their request, as the staff do.
        assigneeName: REDACTED_UNLESS_ALLOWED,
        assigneePerson: SUBMITTER_AND_STAFF,
      },
    },
    RequestEvent: {
      personal: true,
      fields: {
        at: FACTS,
        type: FACTS,
        // Notes hold reasons, resolutions and the rating comment; actors are people (their names are
        // organisation's to give). Both are about the submitter's own request.
        note: SUBMITTER_AND_STAFF,
        actor: SUBMITTER_AND_STAFF,
      },
    },
    ResidentRating: {
      personal: true,
      fields: {
        // The score counts in the satisfaction rate and names nobody.
        score: FACTS,
        ratedAt: FACTS,
        comment: SUBMITTER_AND_STAFF,
      },
    },
    CommunityReview: {
      personal: true,
      fields: {
        reasonable: FACTS,
        reviewedAt: FACTS,
        // The community's judgement of the resident's own rating: theirs to see (and the staff's).
        note: REDACTED_UNLESS_ALLOWED,
      },
    },
    DepartmentEvaluation: {
      // Scores of a department, not of a person; read by the readers of every request.
      entity: ACCESS.readAll,
      fields: {
        // Free text written by staff, which may name residents: the staff only, null for integrators.
        comment: [...HANDLING_STAFF],
        request: ACCESS.readAll,
      },
    },
  },
};
