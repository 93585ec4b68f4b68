import { queryGraph } from "@dongting/ui-kit/e2e";
import { addMonths, monthStart, type MonthKey } from "@dongting/domain/requests-metrics";
import type { MonthFigures } from "./requests-e2e";

/** What the requests browser test asks the graph, to hold the pages against it. */

const bounds = (fromMonth: MonthKey, toMonth: MonthKey) => ({
  from: monthStart(fromMonth).toISOString(),
  to: monthStart(toMonth).toISOString(),
});

const FIGURES = "total respondedInTime resolved ratings satisfied";

/** The graph's figures over the requests submitted in one local month. */
export async function monthFigures(token: string, month: MonthKey): Promise<MonthFigures> {
  const { requestMetrics } = await queryGraph<{ requestMetrics: { overall: MonthFigures } }>(
    `query ($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to) { overall { ${FIGURES} } } }`,
    token,
    bounds(month, addMonths(month, 1)),
  );
  return requestMetrics.overall;
}

/** The graph's MONTH rows over a window of local months. */
export async function monthRows(token: string, window: { from: MonthKey; to: MonthKey }) {
  const { requestMetrics } = await queryGraph<{ requestMetrics: { rows: Array<{ key: string; metrics: MonthFigures }> } }>(
    `query ($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to, groupBy: MONTH) { rows { key metrics { ${FIGURES} } } } }`,
    token,
    bounds(window.from, window.to),
  );
  return requestMetrics.rows;
}

/** Every department evaluated in the window, with its count. */
export async function departmentCounts(token: string, window: { from: MonthKey; to: MonthKey }) {
  const { departmentEvaluationSummary } = await queryGraph<{ departmentEvaluationSummary: Array<{ department: string; count: number }> }>(
    `query ($from: DateTime!, $to: DateTime!) { departmentEvaluationSummary(from: $from, to: $to, minCount: 1) { department count } }`,
    token,
    bounds(window.from, window.to),
  );
  return departmentEvaluationSummary;
}

interface FoundRequest {
  id: string;
  code: string;
  channel: string;
  submitter: { id: string } | null;
  grid: { id: string } | null;
}

/** Requests whose code, title or description holds `search`. */
export async function findRequests(token: string, search: string): Promise<{ totalCount: number; requests: FoundRequest[] }> {
  const { requests } = await queryGraph<{ requests: { totalCount: number; edges: Array<{ node: FoundRequest }> } }>(
    `query ($search: String) { requests(filter: { search: $search }) { totalCount edges { node { id code channel submitter { id } grid { id } } } } }`,
    token,
    { search },
  );
  return { totalCount: requests.totalCount, requests: requests.edges.map((edge) => edge.node) };
}

/** The grid a person lives in, per the organisation graph. */
export async function homeGridOf(token: string, personId: string): Promise<string | null> {
  const { person } = await queryGraph<{ person: { neighbourhood: { grid: { id: string } } | null } }>(
    `query ($id: ID!) { person(id: $id) { neighbourhood { grid { id } } } }`,
    token,
    { id: personId },
  );
  return person.neighbourhood?.grid.id ?? null;
}

/** The volunteer team the test dispatches to: a patrol team if the seed has one. */
export async function dispatchTeam(token: string): Promise<{ id: string; name: string } | undefined> {
  const { volunteerTeams } = await queryGraph<{ volunteerTeams: Array<{ id: string; name: string; kind: string }> }>(
    `{ volunteerTeams { id name kind } }`,
    token,
  );
  return volunteerTeams.find((candidate) => candidate.kind === "PATROL") ?? volunteerTeams[0];
}

export async function categoryNames(token: string): Promise<string[]> {
  const { requestCategories } = await queryGraph<{ requestCategories: Array<{ name: string }> }>(`{ requestCategories { name } }`, token);
  return requestCategories.map((category) => category.name);
}

/** A request somebody other than `personId` submitted. */
export async function requestNotBy(token: string, personId: string): Promise<string> {
  const { requests } = await queryGraph<{ requests: { edges: Array<{ node: { id: string; submitter: { id: string } | null } }> } }>(
    `{ requests(first: 20) { edges { node { id submitter { id } } } } }`,
    token,
  );
  return requests.edges.find((edge) => edge.node.submitter?.id !== personId)!.node.id;
}

/** Someone else accepts the request, behind the page's back. */
export async function acceptBehindThePage(token: string, id: string): Promise<void> {
  await queryGraph(`mutation ($id: ID!) { acceptRequest(id: $id, level: COMMUNITY, urgency: GREEN) { id } }`, token, { id });
}
