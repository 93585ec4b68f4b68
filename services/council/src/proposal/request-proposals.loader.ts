import { isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { Proposal } from "./proposal.entity.js";

/**
 * At most this many proposals per request, the oldest: `ResidentRequest.proposals`' list cap (list-caps.ts).
 * `sourceRequestId` is not checked against the requests subgraph, so nothing else bounds the list.
 */
export const REQUEST_PROPOSALS_MAX = 20;

/**
 * The proposals that grew out of each request of the batch (`source_request_id`), oldest first, one statement
 * per batch however many requests.
 */
export const proposalsBySourceRequest = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, Proposal[]>("proposalsBySourceRequest", async (requestIds) => {
    const ids = [...new Set(requestIds.filter(isUuid).map((id) => id.toLowerCase()))];
    const rows = ids.length
      ? await ctx.db.manager
          .createQueryBuilder(Proposal, "p")
          .where(
            `p.id IN (SELECT ranked.id FROM (SELECT q.id, row_number() OVER (PARTITION BY q.source_request_id ORDER BY q.created_at, q.id) AS n
              FROM proposal q WHERE q.source_request_id = ANY(:ids)) ranked WHERE ranked.n <= :max)`,
            { ids, max: REQUEST_PROPOSALS_MAX },
          )
          .orderBy("p.createdAt")
          .addOrderBy("p.id")
          .getMany()
      : [];
    const byRequest = new Map<string, Proposal[]>(ids.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.sourceRequestId!)?.push(row);
    return requestIds.map((id) => byRequest.get(id.toLowerCase()) ?? []);
  });
