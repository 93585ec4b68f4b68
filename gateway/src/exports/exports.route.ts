import type { ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import {
  hasAnyRole,
  isAnonymous,
  isIntegrator,
  SIGN_IN_REQUIRED,
  type Role,
  type StreamRouteHandler,
  type TokenVerifier,
  type Viewer,
} from "@dongting/subgraph-kit";
import type { GatewayContext } from "../subgraph-data-source.js";
import { exportColumns } from "./export-columns.js";
import { ExportRefusal, refusalFromGraphQL } from "./export-refusal.js";
import { parseExportQuery, type ExportQuery } from "./export-query.js";
import { CSV_FORMAT, XLSX_FORMAT, type ExportFormat } from "./export-writers.js";
import { exportOperation, requestPages } from "./request-pages.js";
import { workorderFieldsIn } from "./workorder-fields.js";

/**
 * Roles whose export has the personal columns (标题, 描述, 提交人, 小区): those who handle requests, as the
 * requests subgraph's read policy lets them read these fields (ADMIN passes every role). An integrator never
 * gets them, whatever else its token holds: integrator accounts read no personal data.
 */
export const PERSONAL_COLUMN_READERS: readonly Role[] = ["GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE"];

export const readsPersonalColumns = (viewer: Viewer): boolean => hasAnyRole(viewer, PERSONAL_COLUMN_READERS) && !isIntegrator(viewer);

export interface ExportRoutesOptions {
  apollo: ApolloServer<GatewayContext>;
  verify: TokenVerifier;
  supergraphSdl: string;
  /** The context the GraphQL endpoint builds for a request (the token, the request id). */
  context: (authorization: string | undefined, requestIdHeader: string | string[] | undefined) => GatewayContext;
}

export function sendRefusal(res: ServerResponse, refusal: ExportRefusal) {
  res.statusCode = refusal.status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(JSON.stringify(refusal.body));
}

/** The token, verified as the GraphQL endpoint verifies it; an export also needs one to be there at all. */
export async function signedIn(verify: TokenVerifier, authorization: string | undefined): Promise<Viewer> {
  let viewer: Viewer;
  try {
    viewer = await verify(authorization);
  } catch (error) {
    if (error instanceof GraphQLError) throw refusalFromGraphQL(401, error);
    throw error;
  }
  if (isAnonymous(viewer)) {
    throw new ExportRefusal(401, { code: "UNAUTHENTICATED", reason: SIGN_IN_REQUIRED, message: "请先登录 (sign-in required)" });
  }
  return viewer;
}

const localDate = (instant: Date) => instant.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** `诉求_2026-06-01_2026-06-15.csv`: the local days the window [from, to) covers; an ASCII name for old clients. */
function attachment(query: ExportQuery, extension: string): string {
  const days = `${localDate(query.from)}_${localDate(new Date(query.to.getTime() - 1))}`;
  return `attachment; filename="requests_${days}.${extension}"; filename*=UTF-8''${encodeURIComponent(`诉求_${days}.${extension}`)}`;
}

/** The client went away mid-file: nothing to answer and nothing to log. */
export const clientLeft = (res: ServerResponse, error: unknown) =>
  res.destroyed && (error as NodeJS.ErrnoException)?.code === "ERR_STREAM_PREMATURE_CLOSE";

function exportRoute(format: ExportFormat, options: ExportRoutesOptions, operation: string): StreamRouteHandler {
  return async (req, res) => {
    let pages: Awaited<ReturnType<typeof requestPages>>;
    let personal: boolean;
    let query: ExportQuery;
    try {
      const viewer = await signedIn(options.verify, req.headers.authorization);
      query = parseExportQuery(new URL(req.url ?? "/", "http://localhost").search);
      personal = readsPersonalColumns(viewer);
      const context = options.context(req.headers.authorization, req.headers["x-request-id"]);
      pages = await requestPages({ apollo: options.apollo, context, query, personal, operation });
    } catch (error) {
      if (error instanceof ExportRefusal) return sendRefusal(res, error);
      throw error;
    }
    res.statusCode = 200;
    res.setHeader("content-type", format.contentType);
    res.setHeader("content-disposition", attachment(query, format.extension));
    // Personal data: no cache keeps a copy.
    res.setHeader("cache-control", "no-store");
    res.setHeader("x-content-type-options", "nosniff");
    try {
      await format.write(res, exportColumns(personal), pages);
    } catch (error) {
      if (clientLeft(res, error)) return;
      throw error;
    }
  };
}

/**
 * GET /exports/requests.csv and /exports/requests.xlsx: the requests of a window, streamed (see requestPages).
 * Refusals answer before any byte of the file: 401 without or with a bad token, 400 for bad parameters, the
 * graph's own refusal otherwise, each as JSON `{ code, reason, message }`.
 */
export function exportRoutes(options: ExportRoutesOptions): Record<string, StreamRouteHandler> {
  const operation = exportOperation(workorderFieldsIn(options.supergraphSdl));
  return {
    "GET /exports/requests.csv": exportRoute(CSV_FORMAT, options, operation),
    "GET /exports/requests.xlsx": exportRoute(XLSX_FORMAT, options, operation),
  };
}
