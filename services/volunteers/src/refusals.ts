import { badUserInput, conflict, forbidden, type ViolationRefusal } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";

type VolunteersReason = keyof typeof VOLUNTEERS_REASONS;

/** The server message of a reason: the table's text, "中文 (English)", so message and reason never disagree. */
const messageOf = (reason: VolunteersReason): string => reasonMessage(VOLUNTEERS_REASONS[reason]);

/** The kit's refusals, typed to this subgraph's reason table (a reason missing from it does not compile). */
export const refuse = {
  forbidden: (reason: VolunteersReason, details?: Record<string, unknown>) => forbidden(reason, messageOf(reason), details),
  conflict: (reason: VolunteersReason, details?: Record<string, unknown>) => conflict(reason, messageOf(reason), details),
  badUserInput: (reason: VolunteersReason, details?: Record<string, unknown>) => badUserInput(reason, messageOf(reason), details),
};

/** How refuseOnViolation answers when the database, not the service, catches the broken rule. */
export const violation = (reason: VolunteersReason): ViolationRefusal => ({ reason, message: messageOf(reason) });
