import type { RequestFilter } from "./gql/graphql";
import type { HandlingLevel, RequestStatus, Urgency } from "./labels";

/**
 * What may be done to a request, mirroring the requests subgraph's state machine
 * (services/requests/src/domain/request-state.ts). The UI offers only these; the graph decides.
 */
export type RequestAction = "accept" | "assign" | "start" | "resolve" | "escalate" | "reject" | "review" | "rate";

export const ALLOWED_FROM: Record<RequestAction, readonly RequestStatus[]> = {
  accept: ["SUBMITTED"],
  assign: ["ACCEPTED", "ASSIGNED", "IN_PROGRESS"],
  start: ["ASSIGNED"],
  resolve: ["ASSIGNED", "IN_PROGRESS"],
  escalate: ["SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS"],
  reject: ["SUBMITTED", "ACCEPTED"],
  review: ["IN_PROGRESS", "RESOLVED", "CLOSED"],
  rate: ["RESOLVED"],
};

export const LEVEL_ORDER: readonly HandlingLevel[] = ["GRID", "COMMUNITY", "STREET", "DISTRICT"];

/** One step up; an ungraded request sits at the grid, so it goes to COMMUNITY; null at DISTRICT. */
export function nextLevel(level: HandlingLevel | null): HandlingLevel | null {
  const rank = level === null ? 0 : LEVEL_ORDER.indexOf(level);
  return LEVEL_ORDER[rank + 1] ?? null;
}

/** A rating of 3 or more closes the request; 1 or 2 sends it back to IN_PROGRESS. */
export const CLOSING_SCORE = 3;

export interface ActionableRequest {
  status: RequestStatus;
  level: HandlingLevel | null;
  submitter: { id: string } | null;
  residentRating: { score: number } | null;
  communityReview: { reasonable: boolean } | null;
}

export interface ActionViewer {
  personId: string | null;
  /** COMMUNITY_STAFF, GRID_LEADER or ADMIN. */
  handle: boolean;
}

export function allowedActions(request: ActionableRequest, viewer: ActionViewer): Set<RequestAction> {
  const allowed = new Set<RequestAction>();
  const from = (action: RequestAction) => ALLOWED_FROM[action].includes(request.status);
  if (viewer.handle) {
    for (const action of ["accept", "assign", "start", "resolve", "reject"] as const) if (from(action)) allowed.add(action);
    if (from("escalate") && nextLevel(request.level) !== null) allowed.add("escalate");
    if (from("review") && request.residentRating && !request.communityReview) allowed.add("review");
  }
  const isSubmitter = !!viewer.personId && request.submitter?.id === viewer.personId;
  if (isSubmitter && from("rate") && !request.residentRating) allowed.add("rate");
  return allowed;
}

/** A fresh idempotency key; crypto.randomUUID where the page is a secure context, else built from getRandomValues. */
export function newClientRequestId(source: Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of one form submission: created at the first attempt and kept across retries
 * of that submission (a lost response then returns the request already made instead of a second
 * one), dropped once the submission succeeded so the next one gets a new key.
 */
export class SubmissionKey {
  private key: string | null = null;
  constructor(private readonly create: () => string = newClientRequestId) {}

  /** The key for the attempt about to be sent. */
  forAttempt(): string {
    this.key ??= this.create();
    return this.key;
  }

  /** The submission went through: the next attempt is a new submission. */
  succeeded(): void {
    this.key = null;
  }

  get pending(): string | null {
    return this.key;
  }
}

export interface BoardFilterState {
  gridId: string | null;
  urgency: Urgency[];
  level: HandlingLevel[];
  overdueOnly: boolean;
  search: string;
}

export const EMPTY_BOARD_FILTER: BoardFilterState = { gridId: null, urgency: [], level: [], overdueOnly: false, search: "" };

/** The board's filter for one status column; empty parts are left out. */
export function boardColumnFilter(state: BoardFilterState, status: RequestStatus): RequestFilter {
  const filter: RequestFilter = { status: [status] };
  if (state.gridId) filter.gridId = state.gridId;
  if (state.urgency.length) filter.urgency = [...state.urgency];
  if (state.level.length) filter.level = [...state.level];
  if (state.overdueOnly) filter.overdue = true;
  const text = state.search.trim();
  if (text) filter.search = text;
  return filter;
}

/** Percent with one decimal, or null for a rate with nothing to divide by. */
export function percent(rate: number | null | undefined): number | null {
  return rate == null ? null : Math.round(rate * 1000) / 10;
}

export function formatPercent(rate: number | null | undefined): string {
  const value = percent(rate);
  return value === null ? "—" : `${value.toFixed(1)}%`;
}

/** Departments ranked only with at least this many evaluations in the window. */
export const RANKING_MIN_EVALUATIONS = 5;
