import type {
  ForceKind,
  HandlingLevel,
  RequestChannel,
  RequestEventType,
  RequestStatus,
  Urgency,
  DeadlineTable,
} from "@dongting/domain/requests";
import type { DemoEvaluationRow } from "./demo-evaluations.js";

/** The rows the demo seed generates, shaped as the tables take them. */

export interface DemoSeedOptions {
  count: number;
  days: number;
  /** The seed's "now": nothing happens after it. */
  anchor: Date;
  randomSeed: number;
}

export interface DemoCategory {
  name: string;
  defaultLevel: HandlingLevel;
  defaultUrgency: Urgency;
  /** The category's table (category_deadline); a row without `workingTime` counts clock time. */
  deadlines: DeadlineTable;
}

export interface DemoRequestRow {
  id: string;
  code: string;
  title: string;
  description: string;
  channel: RequestChannel;
  category: string;
  status: RequestStatus;
  level: HandlingLevel | null;
  urgency: Urgency | null;
  submittedAt: Date;
  respondBy: Date | null;
  respondSoonAt: Date | null;
  resolveBy: Date | null;
  resolveSoonAt: Date | null;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  submitterId: string;
  anonymous: boolean;
  clientRequestId: string;
  communityId: string;
  gridId: string | null;
  neighbourhoodId: string | null;
  patrolShiftId: string | null;
  forceKind: ForceKind | null;
  assigneeName: string | null;
  assigneePersonId: string | null;
  volunteerTeamId: string | null;
  assignedAt: Date | null;
  ratingScore: number | null;
  ratingComment: string | null;
  ratedAt: Date | null;
  ratingByCallback: boolean;
  ratingRecordedBy: string | null;
  closedAt: Date | null;
  reopenedAt: Date | null;
  reviewReasonable: boolean | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewConfirmedAt: Date | null;
  reviewConfirmedBy: string | null;
  responseEscalatedFor: Date | null;
  resolutionEscalatedFor: Date | null;
}

export interface DemoEventRow {
  requestId: string;
  at: Date;
  type: RequestEventType;
  note: string | null;
  actorId: string | null;
}

export interface DemoData {
  requests: DemoRequestRow[];
  events: DemoEventRow[];
  evaluations: DemoEvaluationRow[];
  counters: Array<{ communityId: string; year: number; lastNumber: number }>;
}
