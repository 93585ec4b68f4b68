import { refusal, type ErrorCode } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS, type RequestsReason } from "@dongting/domain/reasons/requests";

/**
 * A rule's refusal with a reason from the requests table: the message is the reason's text
 * ("中文 (English)"), followed by `detail` when the case needs more.
 */
export function refuse(code: ErrorCode, reason: RequestsReason, detail?: string, extensions?: Record<string, unknown>) {
  const text = reasonMessage(REQUESTS_REASONS[reason]);
  return refusal(code, reason, detail ? `${text}: ${detail}` : text, extensions);
}
