import { In } from "typeorm";
import { entityByIdLoader, groupByKey, isUuid, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { RequestUnit } from "./request-unit.entity.js";
import { ServiceUnitMember } from "./service-unit-member.entity.js";
import { ServiceUnit } from "./service-unit.entity.js";

export const unitById = (ctx: SubgraphContext): RequestLoader<string, ServiceUnit | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, ServiceUnit, "serviceUnit");

/** A unit handling a request, with the unit row. */
export type HandlingUnit = RequestUnit & { unit: ServiceUnit };

/**
 * The units handling each request: the leading one first, then co-handlers in the order they were
 * dispatched. One statement (request_unit joined with service_unit) per batch of requests.
 */
export const handlingUnits = (ctx: SubgraphContext): RequestLoader<string, HandlingUnit[]> =>
  ctx.loaders.get<string, HandlingUnit[]>("handlingUnits", async (requestIds) => {
    const valid = requestIds.filter(isUuid);
    const rows = valid.length
      ? await ctx.db.manager.find(RequestUnit, {
          where: { requestId: In(valid) },
          relations: { unit: true },
          order: { leading: "DESC", dispatchedAt: "ASC", unitId: "ASC" },
        })
      : [];
    return groupByKey(requestIds, rows as HandlingUnit[], (row) => row.requestId);
  });

/** Each unit's members, the leader first: one statement per batch of units. */
export const unitMembers = (ctx: SubgraphContext): RequestLoader<string, ServiceUnitMember[]> =>
  ctx.loaders.get<string, ServiceUnitMember[]>("unitMembers", async (unitIds) => {
    const valid = unitIds.filter(isUuid);
    const rows = valid.length
      ? await ctx.db.manager.find(ServiceUnitMember, { where: { unitId: In(valid) }, order: { leader: "DESC", personId: "ASC" } })
      : [];
    return groupByKey(unitIds, rows, (row) => row.unitId);
  });
