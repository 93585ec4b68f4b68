import { toLocal } from "@dongting/domain/local-time";

/*
 * Files the gateway serves next to the graph (service-time exports, certificate PDFs): plain GETs with the
 * bearer token, fetched into a blob and handed to the browser as a download, as the requests remote does
 * for its exports. What a file holds is what the token may read; a refusal is the gateway's JSON.
 */

export type ExportFormat = "csv" | "xlsx";

/** What a service-time export covers: a period, and one team or one volunteer (else everything readable). */
export interface ServiceTimeFilter {
  from: Date;
  to: Date;
  teamId?: string | null;
  volunteerId?: string | null;
}

/** An address on the gateway serving `graphqlUrl` (same origin); `base` resolves a relative endpoint against the page. */
export function gatewayUrl(graphqlUrl: string, path: string, base?: string): URL {
  return new URL(path, new URL(graphqlUrl, base));
}

/** GET /exports/service-time.csv|.xlsx?from=&to=[&teamId=][&volunteerId=] */
export function serviceTimeExportUrl(graphqlUrl: string, format: ExportFormat, filter: ServiceTimeFilter, base?: string): string {
  const url = gatewayUrl(graphqlUrl, `/exports/service-time.${format}`, base);
  url.searchParams.set("from", filter.from.toISOString());
  url.searchParams.set("to", filter.to.toISOString());
  if (filter.teamId) url.searchParams.set("teamId", filter.teamId);
  if (filter.volunteerId) url.searchParams.set("volunteerId", filter.volunteerId);
  return url.toString();
}

/** The certificate's PDF: the address the graph answers (`pdfUrl`), resolved against the gateway when relative. */
export function certificatePdfUrl(graphqlUrl: string, certificate: { id: string; pdfUrl?: string | null }, base?: string): string {
  const path = certificate.pdfUrl || `/exports/certificates/${encodeURIComponent(certificate.id)}.pdf`;
  return gatewayUrl(graphqlUrl, path, base).toString();
}

/** `服务时长-2026-11-01至2026-11-30.csv`: the period's local days, the last one inclusive. */
export function serviceTimeFileName(format: ExportFormat, filter: Pick<ServiceTimeFilter, "from" | "to">): string {
  const first = toLocal(filter.from).date;
  const last = toLocal(new Date(filter.to.getTime() - 1)).date;
  return `服务时长-${first === last ? first : `${first}至${last}`}.${format}`;
}
