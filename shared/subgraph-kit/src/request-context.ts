import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { Logger } from "./logging.js";

/**
 * What the kit knows about the HTTP request being served, kept in async context for the whole of its handling:
 * Apollo's `formatError` gets no context, yet an unexpected error must carry the request's own id, and every
 * line logged while serving a request must carry it too.
 */
export interface RequestScope {
  requestId: string;
  /** The request's logger (`requestId` on every line). */
  log: Logger;
  /** Filled by `requestObserver` once Apollo resolved the operation and formatted the answer. */
  operationName?: string | null;
  errorCodes?: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(scope: RequestScope, work: () => T): T => storage.run(scope, work);

/** The request being served, when called while serving one. */
export const currentRequest = (): RequestScope | undefined => storage.getStore();

/**
 * A caller's `x-request-id` is kept when it looks like one (it is logged, echoed and forwarded to the
 * subgraphs), else a new one: an arbitrary header would let a caller write anything into our logs.
 */
export const requestIdFrom = (header: string | string[] | undefined): string =>
  typeof header === "string" && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
