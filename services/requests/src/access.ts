import {
  hasAnyRole,
  isIntegrator,
  reachOf,
  reaches,
  type Grantee,
  type Place,
  type ReadPolicy,
  type Reach,
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

/*
 * Scope (docs/tenancy.md): a reading role reads where its grants reach (a 网格长: their grid; staff: their
 * community; street staff: the street's communities); a handling role acts only where its grants reach for
 * writing (STREET grants never do). A request's place is its community and grid.
 */

/** Where a request, or a part of one the resolvers hand on (assignment, rating, ...), belongs. */
export const placeOf = (object: { communityId?: unknown; gridId?: unknown }): Place | null =>
  typeof object.communityId === "string"
    ? { communityId: object.communityId, gridId: typeof object.gridId === "string" ? object.gridId : null }
    : null;

/** Where the viewer reads requests, the metrics and the evaluations (one resolution per request, memoised). */
export const readReach = (ctx: SubgraphContext): Promise<Reach> => reachOf(ctx, ACCESS.readAll, "read");

/** Refuses with FORBIDDEN / OUT_OF_SCOPE unless `reach` covers `place`. */
export function checkInReach(reach: Reach, place: Place | null): void {
  if (!reaches(reach, place)) throw refuse("FORBIDDEN", "OUT_OF_SCOPE");
}

async function checkReach(ctx: SubgraphContext, roles: readonly Role[], place: Place | null, mode: "read" | "write") {
  checkInReach(await reachOf(ctx, roles, mode), place);
}

/**
 * Where the viewer handles requests (accept, dispatch, resolve, review, entering for someone): resolved
 * before a transaction starts, so the check inside it needs no statement of its own.
 */
export const handleReach = (ctx: SubgraphContext): Promise<Reach> => reachOf(ctx, ACCESS.handle, "write");

export const checkMayHandle = (ctx: SubgraphContext, place: Place | null) => checkReach(ctx, ACCESS.handle, place, "write");

/** A request the viewer may read: its submitter, and readers where their grants reach it. */
export async function checkMayRead<T extends { submitterId: string; communityId: string; gridId: string | null }>(
  ctx: SubgraphContext,
  request: T,
): Promise<T> {
  if (request.submitterId === ctx.viewer.personId) return request;
  if (!readsAll(ctx.viewer)) throw refuse("FORBIDDEN", "NOT_OWN_REQUEST");
  await checkReach(ctx, ACCESS.readAll, placeOf(request), "read");
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
 * Those who handle requests and need to know who asked and what was written: grid leaders (each where their
 * grants reach: the types below have a `place`), community staff and the party committee (ADMIN passes every role grant).
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
      place: placeOf,
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
        // Which community it is: as coarse as the grid (the street's rankings count by it).
        community: FACTS,
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
      place: placeOf,
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
      place: placeOf,
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
      place: placeOf,
      fields: {
        // The score counts in the satisfaction rate and names nobody.
        score: FACTS,
        ratedAt: FACTS,
        comment: SUBMITTER_AND_STAFF,
      },
    },
    CommunityReview: {
      personal: true,
      place: placeOf,
      fields: {
        reasonable: FACTS,
        reviewedAt: FACTS,
        // The community's judgement of the resident's own rating: theirs to see (and the staff's).
        note: REDACTED_UNLESS_ALLOWED,
      },
    },
    DepartmentEvaluation: {
      // Its community's (scores and the staff's comment are the community's own).
      place: placeOf,
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
