import type { IncomingMessage, ServerResponse } from "node:http";
import { ExportRefusal } from "../exports/export-refusal.js";
import { sendRefusal, type ExportRoutesOptions } from "../exports/exports.route.js";
import { askGraph } from "../exports/graph-answer.js";
import type { PathRoute } from "../exports/path-routes.js";

/** A feed token as the subgraphs hand them out: 32 random bytes, base64url. */
const TOKEN = "([A-Za-z0-9_-]{1,64})";

async function answerCalendar(
  options: ExportRoutesOptions,
  req: IncomingMessage,
  res: ServerResponse,
  ask: { query: string; variables: Record<string, unknown>; field: string; name: string },
): Promise<void> {
  let ics: string;
  try {
    // Anonymous on purpose: a calendar app sends no bearer token; the feed token is the key, checked by the subgraph.
    const context = options.context(undefined, req.headers["x-request-id"]);
    const data = await askGraph<Record<string, string>>(options.apollo, context, ask.query, ask.variables);
    ics = data[ask.field];
  } catch (error) {
    if (error instanceof ExportRefusal) return sendRefusal(res, error);
    throw error;
  }
  res.statusCode = 200;
  res.setHeader("content-type", "text/calendar; charset=utf-8");
  res.setHeader("content-disposition", `inline; filename="${ask.name}.ics"`);
  // Whoever holds the link reads it; no shared cache keeps a copy (resetting the token must end access).
  res.setHeader("cache-control", "private, no-store");
  res.setHeader("x-content-type-options", "nosniff");
  res.end(ics);
}

/**
 * GET /calendars/shifts/<token>.ics (volunteers' shiftCalendar: a volunteer's own shifts) and
 * GET /calendars/zones/<zoneId>/<token>.ics (station's zoneCalendar: a zone's bookings): iCal feeds asked
 * through this gateway's own graph without a bearer token. An unknown or reset token answers the
 * subgraph's 403 JSON.
 */
export function calendarRoutes(options: ExportRoutesOptions): PathRoute[] {
  return [
    {
      method: "GET",
      pattern: new RegExp(`^/calendars/shifts/${TOKEN}\\.ics$`),
      handle: (req, res, [token]) =>
        answerCalendar(options, req, res, {
          query: `query ShiftCalendarFeed($t: String!) { shiftCalendar(feedToken: $t) }`,
          variables: { t: token },
          field: "shiftCalendar",
          name: "shifts",
        }),
    },
    {
      method: "GET",
      pattern: new RegExp(`^/calendars/zones/([0-9a-fA-F-]{36})/${TOKEN}\\.ics$`),
      handle: (req, res, [zoneId, token]) =>
        answerCalendar(options, req, res, {
          query: `query ZoneCalendarFeed($z: ID!, $t: String!) { zoneCalendar(zoneId: $z, feedToken: $t) }`,
          variables: { z: zoneId, t: token },
          field: "zoneCalendar",
          name: "zone",
        }),
    },
  ];
}
