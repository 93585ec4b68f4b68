import type { IncomingMessage, ServerResponse } from "node:http";
import type { StreamRouteHandler } from "@dongting/subgraph-kit";

/** A streamed route whose path holds values, e.g. GET /exports/certificates/<id>.pdf. */
export interface PathRoute {
  method: "GET";
  /** Matched against the whole (still percent-encoded) path; its groups are the handler's values, decoded. */
  pattern: RegExp;
  handle(req: IncomingMessage, res: ServerResponse, values: string[]): Promise<void>;
}

const decoded = (value: string): string | null => {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};

/**
 * The kit's HTTP server looks streamed routes up by "METHOD /path" exactly. A lookup table that also answers
 * for the paths these patterns match lets routes take values in their path without changing the kit: the
 * exact routes come first; a path that matches no pattern is no route (the server's 404 then).
 */
export function withPathRoutes(
  exact: Record<string, StreamRouteHandler>,
  routes: readonly PathRoute[],
): Record<string, StreamRouteHandler> {
  return new Proxy(exact, {
    get(target, key) {
      if (typeof key !== "string") return undefined;
      if (Object.hasOwn(target, key)) return target[key];
      const space = key.indexOf(" ");
      const [method, path] = [key.slice(0, space), key.slice(space + 1)];
      for (const route of routes) {
        const match = method === route.method ? route.pattern.exec(path) : null;
        if (!match) continue;
        const values = match.slice(1).map(decoded);
        if (values.some((value) => value === null)) return undefined;
        return (req: IncomingMessage, res: ServerResponse) => route.handle(req, res, values as string[]);
      }
      return undefined;
    },
  });
}
