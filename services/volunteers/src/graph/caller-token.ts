import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

/*
 * The kit's context carries the viewer a token names, not the token. The certificate's holder snapshot must
 * be read over the graph with the caller's own rights (the service account may not read names), so the
 * Authorization header of each incoming request is kept here: Node publishes every request on
 * `http.server.request.start` just before the server's handler runs, in the same execution, so a store
 * entered there is the store of everything that handler (and Apollo, and the resolvers) goes on to do.
 * The lead may prefer the kit to put `authorization` in SubgraphContext; this then becomes one line.
 */
const requestHeaders = new AsyncLocalStorage<{ authorization: string | undefined }>();

subscribe("http.server.request.start", (message) => {
  const { request } = message as { request: IncomingMessage };
  const header = request.headers.authorization;
  requestHeaders.enterWith({ authorization: typeof header === "string" ? header : undefined });
});

/** The Authorization header of the request being answered (undefined outside one, or without a token). */
export const callerAuthorization = (): string | undefined => requestHeaders.getStore()?.authorization;
