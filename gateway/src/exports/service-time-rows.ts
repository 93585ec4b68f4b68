import type { ApolloServer } from "@apollo/server";
import { MAX_PAGE_SIZE } from "@dongting/subgraph-kit";
import type { GatewayContext } from "../subgraph-data-source.js";
import { formatLocalTime } from "./export-columns.js";
import { askGraph, isWithheld } from "./graph-answer.js";
import type { ServiceTimeQuery } from "./service-time-query.js";

export const SERVICE_TIME_OPERATION = `query ExportServiceTime($from: DateTime!, $to: DateTime!, $teamId: ID, $volunteerId: ID, $first: Int!, $after: String) {
  serviceTimeReport(from: $from, to: $to, teamId: $teamId, volunteerId: $volunteerId, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      volunteer { person { name } }
      team { name }
      summary { from to signups attended minutes noShows penaltyMinutes creditedMinutes }
    } }
  }
}`;

/** One row as the operation selects it; `volunteer` is null where the caller may not read who he is. */
export interface ServiceTimeRow {
  volunteer: { person: { name: string } | null } | null;
  team: { name: string };
  summary: {
    from: string;
    to: string;
    signups: number;
    attended: number;
    minutes: number;
    noShows: number;
    penaltyMinutes: number;
    creditedMinutes: number;
  };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The file's columns (Chinese heads, as the requests export has), each with its worksheet width. */
export const SERVICE_TIME_COLUMNS: ReadonlyArray<{ head: string; width: number; value(row: ServiceTimeRow): string | number }> = [
  { head: "志愿者", width: 12, value: (row) => row.volunteer?.person?.name ?? "" },
  { head: "队伍", width: 20, value: (row) => row.team.name },
  { head: "起始时间", width: 17, value: (row) => formatLocalTime(row.summary.from) },
  { head: "截止时间", width: 17, value: (row) => formatLocalTime(row.summary.to) },
  { head: "报名班次", width: 9, value: (row) => row.summary.signups },
  { head: "出勤班次", width: 9, value: (row) => row.summary.attended },
  { head: "服务分钟", width: 9, value: (row) => row.summary.minutes },
  { head: "缺勤次数", width: 9, value: (row) => row.summary.noShows },
  { head: "缺勤扣减分钟", width: 12, value: (row) => row.summary.penaltyMinutes },
  { head: "计入分钟", width: 9, value: (row) => row.summary.creditedMinutes },
  { head: "计入小时", width: 9, value: (row) => hours(row.summary.creditedMinutes) },
];

interface ReportAnswer {
  serviceTimeReport: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: ServiceTimeRow }> };
}

/**
 * The report's rows a page at a time (the next asked for only when the writer has taken the last), with the
 * caller's token: a name the read rules withhold is a blank cell. The first page is asked for at once, so a
 * refusal reaches the caller as an ExportRefusal before any byte of the file.
 */
export async function serviceTimePages(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  query: ServiceTimeQuery,
): Promise<AsyncGenerator<ServiceTimeRow[]>> {
  const fetchPage = (after: string | null) =>
    askGraph<ReportAnswer>(
      apollo,
      context,
      SERVICE_TIME_OPERATION,
      {
        from: query.from.toISOString(),
        to: query.to.toISOString(),
        teamId: query.teamId,
        volunteerId: query.volunteerId,
        first: MAX_PAGE_SIZE,
        after,
      },
      isWithheld,
    ).then((data) => data.serviceTimeReport);
  const first = await fetchPage(null);
  async function* pages(): AsyncGenerator<ServiceTimeRow[]> {
    let page: ReportAnswer["serviceTimeReport"] | null = first;
    while (page) {
      yield page.edges.map((edge) => edge.node);
      page = page.pageInfo.hasNextPage ? await fetchPage(page.pageInfo.endCursor) : null;
    }
  }
  return pages();
}
