import { badUserInput, conflict, forbidden, type ViolationRefusal } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { COUNCIL_REASONS } from "@dongting/domain/reasons/council";

type CouncilReason = keyof typeof COUNCIL_REASONS;

/** The server message of a reason: the table's text, "中文 (English)", so message and reason never disagree. */
const messageOf = (reason: CouncilReason): string => reasonMessage(COUNCIL_REASONS[reason]);

/** The kit's refusals, typed to this subgraph's reason table (a reason missing from it does not compile). */
export const refuse = {
  forbidden: (reason: CouncilReason, details?: Record<string, unknown>) => forbidden(reason, messageOf(reason), details),
  conflict: (reason: CouncilReason, details?: Record<string, unknown>) => conflict(reason, messageOf(reason), details),
  badUserInput: (reason: CouncilReason, details?: Record<string, unknown>) => badUserInput(reason, messageOf(reason), details),
};

/** How refuseOnViolation answers when the database, not the service, catches the broken rule. */
export const violation = (reason: CouncilReason): ViolationRefusal => ({ reason, message: messageOf(reason) });
