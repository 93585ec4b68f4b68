/*
 * The rules of resident requests (民呼我应) both the requests subgraph and its frontend must agree on:
 * the enumerations, every text and number limit, the handling levels, which status allows which move,
 * the rating thresholds and the three-colour deadlines. Pure: no I/O.
 */

type ValueOf<T> = T[keyof T];

/** Where a demand came in (群众需求全收集: every channel). */
export const RequestChannel = {
  WECHAT: "WECHAT",
  GRID_GROUP: "GRID_GROUP",
  SECRETARY_MAILBOX: "SECRETARY_MAILBOX",
  PATROL: "PATROL",
  COUNCIL: "COUNCIL",
  HOTLINE: "HOTLINE",
  WALK_IN: "WALK_IN",
} as const;
export type RequestChannel = ValueOf<typeof RequestChannel>;

/** 四级: who handles the request, lowest first. */
export const HandlingLevel = { GRID: "GRID", COMMUNITY: "COMMUNITY", STREET: "STREET", DISTRICT: "DISTRICT" } as const;
export type HandlingLevel = ValueOf<typeof HandlingLevel>;

/** 三色: urgency, which sets the deadlines. */
export const Urgency = { GREEN: "GREEN", YELLOW: "YELLOW", RED: "RED" } as const;
export type Urgency = ValueOf<typeof Urgency>;

export const RequestStatus = {
  SUBMITTED: "SUBMITTED",
  ACCEPTED: "ACCEPTED",
  ASSIGNED: "ASSIGNED",
  IN_PROGRESS: "IN_PROGRESS",
  RESOLVED: "RESOLVED",
  CLOSED: "CLOSED",
  REJECTED: "REJECTED",
} as const;
export type RequestStatus = ValueOf<typeof RequestStatus>;

/** 工作力量: who is dispatched. */
export const ForceKind = {
  CADRE: "CADRE",
  COMMUNITY_STAFF: "COMMUNITY_STAFF",
  PUBLIC_SERVICE: "PUBLIC_SERVICE",
  CO_BUILDING_UNIT: "CO_BUILDING_UNIT",
  VOLUNTEER: "VOLUNTEER",
  CONVENIENCE_SERVICE: "CONVENIENCE_SERVICE",
} as const;
export type ForceKind = ValueOf<typeof ForceKind>;

/** The `type` of a request's timeline entry. */
export const RequestEventType = {
  SUBMITTED: "SUBMITTED",
  ACCEPTED: "ACCEPTED",
  ASSIGNED: "ASSIGNED",
  STARTED: "STARTED",
  ESCALATED: "ESCALATED",
  RESOLVED: "RESOLVED",
  RATED: "RATED",
  REVIEWED: "REVIEWED",
  CLOSED: "CLOSED",
  REJECTED: "REJECTED",
  REOPENED: "REOPENED",
  /** Given to a unit of the registry (the first leads, 首接负责; later ones co-handle). */
  DISPATCHED: "DISPATCHED",
  /** The unit leader handed the request to another member of the unit. */
  REASSIGNED: "REASSIGNED",
  /** A second staff member confirmed an unreasonable review: only now does the rating leave the rate. */
  REVIEW_CONFIRMED: "REVIEW_CONFIRMED",
  /** Staff recorded the rating the resident gave by phone (回访). */
  CALLBACK_RATED: "CALLBACK_RATED",
} as const;
export type RequestEventType = ValueOf<typeof RequestEventType>;

/**
 * Text limits in characters (code points, as PostgreSQL's char_length counts them), checked after trimming.
 * The input types, the service and the database columns all use these numbers.
 */
export const REQUEST_TITLE_MAX = 80;
export const REQUEST_DESCRIPTION_MAX = 2000;
/** A resolution note, an escalation or a rejection reason. */
export const REQUEST_NOTE_MAX = 2000;
export const RATING_COMMENT_MAX = 500;
export const REVIEW_NOTE_MAX = 500;
export const ASSIGNEE_NAME_MAX = 60;
export const CATEGORY_NAME_MAX = 20;
export const CLIENT_REQUEST_ID_MAX = 100;
export const REQUEST_SEARCH_MAX = 100;
/** Values per list in a request filter (statuses, urgencies, levels). */
export const FILTER_VALUES_MAX = 10;
export const DEPARTMENT_NAME_MAX = 60;
export const EVALUATION_COMMENT_MAX = 500;

/** The length a text limit counts: code points of the trimmed text (60 汉字 fit in 60). */
export const trimmedLength = (raw: string): number => [...raw.trim()].length;

/** Whether `raw` is 1..max characters once trimmed: what a required text field must be. */
export const fitsText = (raw: string, max: number): boolean => {
  const length = trimmedLength(raw);
  return length >= 1 && length <= max;
};

/** Ratings (群众点评) and department evaluations score 1..5. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const isScore = (score: number): boolean => Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX;

/** The lowest rating that closes a request; below it the request is reopened. */
export const CLOSING_SCORE = 3;
/** The lowest rating that counts as satisfied in the satisfaction rate. */
export const SATISFIED_SCORE = 4;

/** 四级, lowest first: small matters stay in the grid, big ones go up. */
export const LEVEL_ORDER: readonly HandlingLevel[] = [
  HandlingLevel.GRID,
  HandlingLevel.COMMUNITY,
  HandlingLevel.STREET,
  HandlingLevel.DISTRICT,
];

/**
 * One step up; null at DISTRICT (nowhere higher). A request not yet graded is where every demand
 * lands first, the grid, so it goes up to COMMUNITY.
 */
export function nextLevel(level: HandlingLevel | null): HandlingLevel | null {
  const rank = level === null ? 0 : LEVEL_ORDER.indexOf(level);
  return LEVEL_ORDER[rank + 1] ?? null;
}

/** The higher of two levels (`b` may be ungraded). */
export function higherLevel(a: HandlingLevel, b: HandlingLevel | null): HandlingLevel {
  return b !== null && LEVEL_ORDER.indexOf(b) > LEVEL_ORDER.indexOf(a) ? b : a;
}

export type RequestActionKind =
  | "ACCEPT"
  | "ASSIGN"
  | "DISPATCH"
  | "START"
  | "RESOLVE"
  | "ESCALATE"
  | "REJECT"
  | "RATE"
  | "CALLBACK_RATE"
  | "REVIEW"
  | "CONFIRM_REVIEW"
  | "REOPEN";

const { SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED } = RequestStatus;

/**
 * Statuses from which each move may start:
 *   SUBMITTED -> ACCEPTED -> ASSIGNED -> IN_PROGRESS -> RESOLVED -> CLOSED, SUBMITTED | ACCEPTED -> REJECTED,
 *   re-dispatch while in hand, resolution straight from ASSIGNED, escalation while open, review once rated.
 */
export const ALLOWED_FROM: Readonly<Record<RequestActionKind, readonly RequestStatus[]>> = {
  ACCEPT: [SUBMITTED],
  ASSIGN: [ACCEPTED, ASSIGNED, IN_PROGRESS],
  DISPATCH: [ACCEPTED, ASSIGNED, IN_PROGRESS],
  START: [ASSIGNED],
  RESOLVE: [ASSIGNED, IN_PROGRESS],
  ESCALATE: [SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS],
  REJECT: [SUBMITTED, ACCEPTED],
  RATE: [RESOLVED],
  CALLBACK_RATE: [RESOLVED],
  REVIEW: [IN_PROGRESS, RESOLVED, CLOSED],
  CONFIRM_REVIEW: [IN_PROGRESS, RESOLVED, CLOSED],
  REOPEN: [CLOSED],
};

/** A resident (or staff for them) may reopen a CLOSED request within this many days of its closing. */
export const REOPEN_WINDOW_DAYS = 7;

/** The traffic light of a request's deadlines (see ResidentRequest.deadlineState). */
export const DeadlineState = { ON_TRACK: "ON_TRACK", DUE_SOON: "DUE_SOON", OVERDUE: "OVERDUE", MET: "MET" } as const;
export type DeadlineState = ValueOf<typeof DeadlineState>;

/** DUE_SOON once this share of a deadline's window (clock or working time) is used. */
export const DUE_SOON_SHARE = 0.8;

/** Statuses where someone still has to act (the request counts toward the resolution deadline). */
export const IN_HAND_STATUSES: readonly RequestStatus[] = [ACCEPTED, ASSIGNED, IN_PROGRESS];

/** Response and resolution time allowed for one urgency, in hours from submission. */
export interface DeadlineHours {
  respondHours: number;
  resolveHours: number;
  /** True: the hours count working time (WORKING_PERIODS of working days); absent or false: clock time. */
  workingTime?: boolean;
}

/**
 * The working hours of a working day in the community (Asia/Shanghai), in minutes since local midnight:
 * 08:30-12:00 and 14:00-17:30. Working-time deadlines count only these; which days are working days (public
 * holidays, 调休 make-up workdays) is the requests service's holiday calendar.
 */
export const WORKING_PERIODS: ReadonlyArray<{ readonly from: number; readonly to: number }> = [
  { from: 8 * 60 + 30, to: 12 * 60 },
  { from: 14 * 60, to: 17 * 60 + 30 },
];

/** Working minutes in one working day (7 h): a working-time deadline of 7 h is one working day. */
export const WORKING_DAY_MINUTES = WORKING_PERIODS.reduce((sum, period) => sum + period.to - period.from, 0);

/** The longest respond-within or resolve-within a category may set, in hours (90 days). */
export const DEADLINE_HOURS_MAX = 2160;

/** Whether one urgency's hours are acceptable: respond 1..resolve, resolve at most DEADLINE_HOURS_MAX, whole hours. */
export const validDeadlineHours = (hours: DeadlineHours): boolean =>
  Number.isInteger(hours.respondHours) &&
  Number.isInteger(hours.resolveHours) &&
  hours.respondHours >= 1 &&
  hours.respondHours <= hours.resolveHours &&
  hours.resolveHours <= DEADLINE_HOURS_MAX;

export type DeadlineTable = Readonly<Record<Urgency, DeadlineHours>>;

/** 三色 defaults: RED 2 h / 24 h, YELLOW 24 h / 3 days, GREEN 24 h / 7 days. Categories may differ. */
export const DEFAULT_DEADLINES: DeadlineTable = {
  [Urgency.RED]: { respondHours: 2, resolveHours: 24 },
  [Urgency.YELLOW]: { respondHours: 24, resolveHours: 72 },
  [Urgency.GREEN]: { respondHours: 24, resolveHours: 168 },
};

const HOUR_MS = 3_600_000;

/**
 * Both deadlines count from submission, so a late triage does not buy extra time. Clock time only: working-time
 * hours need the holiday calendar, which the requests service holds (its domain/working-time.ts).
 */
export function deadlinesFor(table: DeadlineTable, urgency: Urgency, submittedAt: Date): { respondBy: Date; resolveBy: Date } {
  const hours = table[urgency];
  return {
    respondBy: new Date(submittedAt.getTime() + hours.respondHours * HOUR_MS),
    resolveBy: new Date(submittedAt.getTime() + hours.resolveHours * HOUR_MS),
  };
}
