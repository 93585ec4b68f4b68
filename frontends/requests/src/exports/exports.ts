import { addMonths, type MetricsWindow } from "@dongting/domain/requests-metrics";
import type { RequestStatus } from "../gql/graphql";

/*
 * The gateway's request exports (GET /exports/requests.csv and .xlsx): the same window and filter as the page,
 * as query parameters, with the bearer token. The rows come from the graph with the caller's token, so what a
 * file holds is what the viewer may read.
 */

export type ExportFormat = "csv" | "xlsx";

/** The parts of the page's filter an export takes (the window is required). */
export interface ExportFilter {
  window: Pick<MetricsWindow, "from" | "to" | "fromMonth" | "toMonth">;
  communityId?: string | null;
  status?: readonly RequestStatus[];
  category?: string | null;
  gridId?: string | null;
}

/**
 * The export's address on the gateway the remote's GraphQL endpoint is served by (same origin, /exports/…);
 * `base` resolves a relative endpoint ("/graphql") against the page.
 */
export function exportUrl(graphqlUrl: string, format: ExportFormat, filter: ExportFilter, base?: string): string {
  const url = new URL(`/exports/requests.${format}`, new URL(graphqlUrl, base));
  const params = url.searchParams;
  params.set("from", filter.window.from.toISOString());
  params.set("to", filter.window.to.toISOString());
  if (filter.communityId) params.set("communityId", filter.communityId);
  if (filter.status?.length) params.set("status", filter.status.join(","));
  if (filter.category) params.set("category", filter.category);
  if (filter.gridId) params.set("gridId", filter.gridId);
  return url.toString();
}

/** `诉求-2026-06.csv` for one month, `诉求-2025-07至2026-06.xlsx` for several (the window's whole local months). */
export function exportFileName(format: ExportFormat, window: Pick<MetricsWindow, "fromMonth" | "toMonth">): string {
  const last = addMonths(window.toMonth, -1);
  const months = last === window.fromMonth ? window.fromMonth : `${window.fromMonth}至${last}`;
  return `诉求-${months}.${format}`;
}
