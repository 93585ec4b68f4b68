import {
  EVERYWHERE,
  forbidden,
  hasAnyRole,
  isIntegrator,
  reachOf,
  reaches,
  readField,
  type Grantee,
  type Place,
  type ReadPolicy,
  type Reach,
  type Role,
  type SubgraphContext,
  type TypeRule,
  type Viewer,
} from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";
import { reasonMessage, COMMON_REASONS } from "@dongting/domain/reasons/common";
import { refuse } from "./refusal.js";
import { ResidentRequest } from "./request/request.entity.js";
import { requestById } from "./request/request.loader.js";
import { isHandlingMember, viewerHandlesRequest } from "./unit/unit-membership.js";
import { unitMembers } from "./unit/unit.loader.js";

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
  /** Register the community's work forces (承办单位), where staff write. */
  manageUnits: ["COMMUNITY_STAFF"],
  /** Order the community's dispatch rules (automations), where staff write. */
  manageDispatchRules: ["COMMUNITY_STAFF"],
  /** Edit a category's deadlines (the SLA table, shared by every community). */
  setCategoryDeadlines: ["COMMUNITY_STAFF"],
  /** Confirm another handler's "unreasonable" review, where they handle (never their own: OWN_REVIEW). */
  confirmReview: ["COMMUNITY_STAFF", "GRID_LEADER"],
  /** Reopen a closed request for its submitter (the submitter may always), where staff write. */
  reopen: ["COMMUNITY_STAFF"],
  /** Record the rating a resident gave by phone (回访), where they handle. */
  recordCallbackRating: ["COMMUNITY_STAFF", "GRID_LEADER"],
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

/**
 * The SLA table is one for the deployment: staff edit it where they write for a whole community at least (a
 * STREET grant never counts for writing, docs/tenancy.md), ADMIN anywhere. Resolved before the transaction.
 */
export async function checkMaySetDeadlines(ctx: SubgraphContext): Promise<void> {
  const reach = await reachOf(ctx, ACCESS.setCategoryDeadlines, "write");
  if (!reach.global && reach.communityIds.length === 0) throw refuse("FORBIDDEN", "OUT_OF_SCOPE");
}

/**
 * A request the viewer may read: its submitter, readers where their grants reach it, and the members of a
 * unit handling it (any role: a worklist is its members' whatever they hold; one batched statement).
 */
export async function checkMayRead<T extends { id: string; submitterId: string; communityId: string; gridId: string | null }>(
  ctx: SubgraphContext,
  request: T,
): Promise<T> {
  if (request.submitterId === ctx.viewer.personId) return request;
  const reader = readsAll(ctx.viewer);
  if (reader && reaches(await readReach(ctx), placeOf(request))) return request;
  if (await viewerHandlesRequest(ctx).load(request.id)) return request;
  throw reader ? refuse("FORBIDDEN", "OUT_OF_SCOPE") : refuse("FORBIDDEN", "NOT_OWN_REQUEST");
}

/**
 * Starting and resolving: handlers where the request is (`reach`, resolved before the transaction), or a
 * member of a unit handling it, whatever their role (one EXISTS statement in the transaction).
 */
export async function checkMayWork(ctx: SubgraphContext, reach: Reach, request: ResidentRequest, manager: EntityManager): Promise<void> {
  if (reaches(reach, placeOf(request))) return;
  if (await isHandlingMember(manager, request.id, ctx.viewer.personId)) return;
  throw handles(ctx.viewer) ? refuse("FORBIDDEN", "OUT_OF_SCOPE") : refuse("FORBIDDEN", "NOT_UNIT_MEMBER");
}

/**
 * Dispatching to a unit: handlers where the request is. Handing the request to another member of a unit
 * already handling it (`reassigning`): also that unit's leader, whatever their role.
 */
export function checkMayDispatch(
  viewer: Viewer,
  reach: Reach,
  request: ResidentRequest,
  within: { reassigning: boolean; leadsUnit: boolean },
): void {
  if (reaches(reach, placeOf(request))) return;
  if (within.reassigning && within.leadsUnit) return;
  if (handles(viewer)) throw refuse("FORBIDDEN", "OUT_OF_SCOPE");
  if (within.reassigning) throw refuse("FORBIDDEN", "NOT_UNIT_LEADER");
  // What `@Authorized(...ACCESS.handle)` says: only the leader's reassignment is open beyond the handlers.
  throw forbidden("ROLE_NOT_ALLOWED", reasonMessage(COMMON_REASONS.ROLE_NOT_ALLOWED));
}

/**
 * The submitter a list is restricted to: the one asked for by a reader, otherwise the viewer themself.
 * An integrator reads every request but not who made it: filtering by submitter would tell them anyway.
 * A worklist (the requests of the viewer's own units) lifts the "only your own" of those who read no others.
 */
export function visibleSubmitter(viewer: Viewer, requested: string | null | undefined, worklist = false): string | null {
  if (requested && isIntegrator(viewer)) throw refuse("FORBIDDEN", "PERSONAL_FILTER_NOT_ALLOWED");
  if (readsAll(viewer)) return requested ?? null;
  if (requested && requested !== viewer.personId) throw refuse("FORBIDDEN", "NOT_OWN_REQUEST");
  if (worklist) return requested ?? null;
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

/** Where the viewer reopens requests for others as staff (write reach), or null without the role. */
export const reopenReach = (ctx: SubgraphContext): Promise<Reach | null> =>
  hasAnyRole(ctx.viewer, ACCESS.reopen) ? reachOf(ctx, ACCESS.reopen, "write") : Promise.resolve(null);

/**
 * Reopening: the submitter always; staff (ACCESS.reopen) where they write (`staffReach` from reopenReach,
 * resolved before the transaction): OUT_OF_SCOPE beyond it; anyone else NOT_SUBMITTER_OR_STAFF.
 */
export function checkMayReopen(viewer: Viewer, staffReach: Reach | null, request: { submitterId: string } & Place): void {
  if (request.submitterId === viewer.personId) return;
  if (!staffReach) throw refuse("FORBIDDEN", "NOT_SUBMITTER_OR_STAFF");
  checkInReach(staffReach, placeOf(request));
}

/**
 * Where a submitter filter may match anonymous requests: everywhere for the submitter themself, where the viewer
 * is community staff (ADMIN: everywhere); nowhere for anyone else, who would learn from the match who asked.
 */
export const anonymousSubmitterReach = (ctx: SubgraphContext, submitterId: string): Promise<Reach> =>
  submitterId === ctx.viewer.personId ? Promise.resolve(EVERYWHERE) : reachOf(ctx, ["COMMUNITY_STAFF"], "read");

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
/**
 * Personal parts of a request: its submitter, the handling staff and the members of a unit handling it (who
 * work it from their worklist; last, so staff never pay its statement); never anonymous callers or integrators.
 */
const SUBMITTER_AND_STAFF: readonly Grantee[] = ["submitter", ...HANDLING_STAFF, "handling_member"];
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

/** The request an object is or belongs to: the request itself (row or reference), or a part carrying its requestId. */
function requestIdOf(object: { requestId?: unknown; __typename?: unknown; id?: unknown }): string | null {
  if (typeof object.requestId === "string") return object.requestId;
  const isRequest = object instanceof ResidentRequest || object.__typename === "ResidentRequest";
  return isRequest && typeof object.id === "string" ? object.id : null;
}

/*
 * Anonymous requests (SubmitRequestInput.anonymous): who asked is the submitter's and the community staff's
 * where the request is (ADMIN passes) and nobody else's: grid leaders, the party committee, unit members and
 * integrators get null with FORBIDDEN for the submitter and for the timeline's entries that name them (the
 * SUBMITTED entry, whoever entered it, and every entry the submitter made: rating, reopening).
 */
const WHO_ASKED: readonly Grantee[] = ["submitter", "COMMUNITY_STAFF", "submitter_shown"];

/** Whether `object` (a request, or one of its timeline entries) would name the submitter of an anonymous request. */
async function namesAnonymousSubmitter(
  object: { anonymous?: unknown; type?: unknown; actorId?: unknown; submitterId?: unknown; requestId?: unknown; id?: unknown },
  ctx: SubgraphContext,
): Promise<boolean> {
  const requestId = requestIdOf(object);
  const anonymous =
    typeof object.anonymous === "boolean" ? object.anonymous : !!requestId && !!(await requestById(ctx).load(requestId))?.anonymous;
  if (!anonymous) return false;
  const isEntry = typeof object.type === "string" && "actorId" in object;
  return !isEntry || object.type === "SUBMITTED" || object.actorId === object.submitterId;
}

/** Places a grantee list's roles by the request's community and grid, as the request's types do. */
const ON_A_REQUEST: TypeRule = { place: placeOf, fields: {} };

/** Whether `grantees` let the viewer read `object`, by the kit's own evaluation (roles scoped to the request's place). */
async function allowed(grantees: readonly Grantee[], object: unknown, ctx: SubgraphContext): Promise<boolean> {
  try {
    await readField(READ_POLICY, "ResidentRequest.submitter", { read: grantees }, object, ctx, () => null, false, ON_A_REQUEST);
    return true;
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") return false;
    throw error;
  }
}

/** Who reads a unit's people: the handling staff where it is, whoever dispatches in its community, its members. */
const UNIT_PEOPLE: readonly Grantee[] = [...HANDLING_STAFF, "unit_member", "dispatcher"];

/** Where a unit works: its community as a whole (no grid of it). */
const placeOfUnit = (unit: { communityId?: unknown }): Place | null =>
  typeof unit.communityId === "string" ? { communityId: unit.communityId, gridId: null } : null;

export const READ_POLICY: ReadPolicy = {
  relations: {
    /** The viewer submitted the request (the parts of a request carry its submitterId). */
    submitter: async (object, viewer, ctx) => viewer.personId !== null && (await submitterIdOf(object, ctx)) === viewer.personId,
    /** Those who read the request's personal parts, unless the part would name an anonymous request's submitter. */
    submitter_shown: async (object, _viewer, ctx) =>
      !(await namesAnonymousSubmitter(object, ctx)) && (await allowed(SUBMITTER_AND_STAFF, object, ctx)),
    /** The viewer is a member of a unit handling the request (batched per answer: viewerHandlesRequest). */
    handling_member: async (object, _viewer, ctx) => {
      const requestId = requestIdOf(object);
      return requestId !== null && (await viewerHandlesRequest(ctx).load(requestId));
    },
    /** The viewer is a member of the unit (ServiceUnit rows and references carry its id). */
    unit_member: async (object, viewer, ctx) =>
      typeof object.id === "string" && (await unitMembers(ctx).load(object.id)).some((member) => member.personId === viewer.personId),
    /**
     * The viewer dispatches in the unit's community: handles requests there or in one of its grids (a 网格长
     * picks the member to send, though their grants cover a grid, not the community the unit belongs to).
     */
    dispatcher: async (object, _viewer, ctx) => {
      const place = placeOfUnit(object);
      const reach = await reachOf(ctx, ACCESS.handle, "read");
      return place !== null && (reach.global || reach.touchedCommunityIds.includes(place.communityId!));
    },
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
      // `_entities` as the root fields: the readers of every request, the submitter and the handling units'
      // members; never anonymous. (Roles first: the relations load the request or its units, batched.)
      entity: [...ACCESS.readAll, "submitter", "handling_member"],
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
        deadlineState: FACTS,
        // That it is anonymous names nobody (who asked is the submitter rule's below).
        anonymous: FACTS,
        grid: FACTS,
        // Which community it is: as coarse as the grid (the street's rankings count by it).
        community: FACTS,
        // A patrol shift names a team's duty, not a resident (the volunteers subgraph guards its people).
        patrolShift: FACTS,
        // Which units handle it and which one the rules suggest: unit names are public, their people are not.
        units: FACTS,
        suggestedUnit: FACTS,
        // The parts below are objects whose own personal fields have rules.
        assignment: FACTS,
        events: FACTS,
        residentRating: FACTS,
        communityReview: FACTS,
        // Who asked: the submitter themself and the handling staff (of an anonymous request: the submitter and
        // community staff only); others null with FORBIDDEN.
        submitter: WHO_ASKED,
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
        // The leading unit: a name, as the team's (its members have their own rule on ServiceUnit).
        unit: FACTS,
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
        // organisation's to give). Both are about the submitter's own request. An anonymous request's entries
        // that name the submitter follow the submitter rule (WHO_ASKED).
        note: SUBMITTER_AND_STAFF,
        actor: WHO_ASKED,
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
    ServiceUnit: {
      personal: true,
      place: placeOfUnit,
      // By reference: the readers of requests and the unit's members (the reference carries only the id).
      entity: [...ACCESS.readAll, "unit_member"],
      fields: {
        // What a unit is called and does: public to whoever reached it (a list, a request, a rule).
        id: FACTS,
        name: FACTS,
        forceKind: FACTS,
        community: FACTS,
        volunteerTeam: FACTS,
        active: FACTS,
        // Who works in it: the handling staff where the unit is, whoever dispatches in its community, and the
        // unit's own members; never residents at large or integrators.
        leader: UNIT_PEOPLE,
        // Others signed in get an empty list: a denial of the non-null list would null the units around it
        // (a request's co-handlers, a whole list), so one unit's members cannot spoil the rest.
        members: { read: UNIT_PEOPLE, masked: { to: FACTS, mask: () => [] } },
      },
    },
    DispatchRule: {
      // Its unit's community's; the rule names units, categories and grids, nobody's personal data.
      place: placeOfUnit,
      entity: ACCESS.readAll,
      fields: {},
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
