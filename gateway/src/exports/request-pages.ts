import type { ApolloServer } from "@apollo/server";
import { MAX_PAGE_SIZE } from "@dongting/subgraph-kit";
import type { GatewayContext } from "../subgraph-data-source.js";
import type { ExportedRequest } from "./export-columns.js";
import { refusalFromGraphQL } from "./export-refusal.js";
import { type ExportQuery } from "./export-query.js";
import { workorderSelection, type WorkorderField } from "./workorder-fields.js";

/*
 * The rows of an export come from the graph, asked with the caller's own token through this gateway's own
 * ApolloServer (the context the HTTP path builds): every scope and privacy rule applies as it does to the
 * requests list. Personal fields are selected only with $personal, so an integrator's operation never names
 * them. RequestFilter has no submission window or category, so both are matched here, on the newest-first pages.
 */

/** The export's operation, with the work-order fields the supergraph has. */
export function exportOperation(workorder: ReadonlySet<WorkorderField>): string {
  return `query ExportRequests($filter: RequestFilter, $first: Int!, $after: String, $personal: Boolean!) {
  requests(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      code submittedAt channel category status level urgency grid { name }
      respondBy resolveBy respondedAt resolvedAt residentRating { score }
      title @include(if: $personal)
      description @include(if: $personal)
      submitter @include(if: $personal) { name }
      neighbourhood @include(if: $personal) { name }
      ${workorderSelection(workorder)}
    } }
  }
}`;
}

interface Page {
  requests: ExportedRequest[];
  endCursor: string | null;
  hasNextPage: boolean;
}

interface GraphError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** The HTTP status of an error the graph answered for the whole list. */
const STATUS_OF: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  SUBGRAPH_UNAVAILABLE: 503,
  SUBGRAPH_TIMEOUT: 504,
};

/**
 * A field the read policy withholds from this viewer (a submitter's name beyond a grid leader's grid) is a
 * blank cell, as it is an empty field in the list; any other error inside a row fails the export, so a file
 * never silently lacks what a subgraph failed to answer.
 */
const withheld = (error: GraphError) => (error.path?.length ?? 0) > 1 && error.extensions?.code === "FORBIDDEN";

export interface RequestPagesOptions {
  apollo: ApolloServer<GatewayContext>;
  context: GatewayContext;
  query: ExportQuery;
  personal: boolean;
  operation: string;
  /** Rows per page; MAX_PAGE_SIZE, the most the list answers at once. */
  pageSize?: number;
}

async function fetchPage(options: RequestPagesOptions, after: string | null): Promise<Page> {
  const { query } = options;
  const filter = {
    communityId: query.communityId,
    gridId: query.gridId,
    status: query.statuses.length ? query.statuses : null,
    urgency: query.urgencies.length ? query.urgencies : null,
  };
  const response = await options.apollo.executeOperation(
    {
      query: options.operation,
      variables: { filter, first: options.pageSize ?? MAX_PAGE_SIZE, after, personal: options.personal },
    },
    { contextValue: options.context },
  );
  if (response.body.kind !== "single") throw new Error("the export's operation answered incrementally");
  const { data, errors = [] } = response.body.singleResult as {
    data?: { requests?: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: ExportedRequest }> } };
    errors?: GraphError[];
  };
  const failure = data?.requests ? errors.find((error) => !withheld(error)) : (errors[0] ?? { message: "the graph answered no list" });
  if (failure) {
    const code = String(failure.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    throw refusalFromGraphQL(STATUS_OF[code] ?? 500, failure);
  }
  const { pageInfo, edges } = data!.requests!;
  return { requests: edges.map((edge) => edge.node), endCursor: pageInfo.endCursor, hasNextPage: pageInfo.hasNextPage };
}

const inWindow = (request: ExportedRequest, query: ExportQuery) => {
  const at = Date.parse(request.submittedAt);
  return at >= query.from.getTime() && at < query.to.getTime() && (query.category === null || request.category === query.category);
};

/**
 * The requests of the window [from, to) that match the query, newest first, one page at a time: the next page is
 * asked for only when the caller has taken the last one (the file is written as it comes, never held whole),
 * and none after the first request submitted before `from`. The first page is asked for at once, so a refusal
 * of the graph reaches the caller as an ExportRefusal before anything is written.
 */
export async function requestPages(options: RequestPagesOptions): Promise<AsyncGenerator<ExportedRequest[]>> {
  const first = await fetchPage(options, null);
  const from = options.query.from.getTime();
  async function* pages(): AsyncGenerator<ExportedRequest[]> {
    let page: Page | null = first;
    while (page) {
      yield page.requests.filter((request) => inWindow(request, options.query));
      const passedFrom = page.requests.some((request) => Date.parse(request.submittedAt) < from);
      page = page.hasNextPage && !passedFrom ? await fetchPage(options, page.endCursor) : null;
    }
  }
  return pages();
}
