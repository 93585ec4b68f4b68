import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { isViolation, PG_ERROR, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { deadlinesFor, REQUEST_DESCRIPTION_MAX, REQUEST_TITLE_MAX, RequestEventType, RequestStatus } from "@dongting/domain/requests";
import { submitterFor } from "../access.js";
import { RequestCategory, deadlineTable } from "../category/category.entity.js";
import { formatRequestCode, localYear } from "../domain/request-code.js";
import { refuse } from "../refusal.js";
import { RequestCodeCounter } from "./request-code-counter.entity.js";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import type { SubmitRequestInput } from "./request.input.js";

const CLIENT_KEY_CONSTRAINT = "resident_request_client_key";

function findByClientKey(manager: EntityManager, submitterId: string, clientRequestId: string) {
  return manager.findOne(ResidentRequest, { where: { submitterId, clientRequestId } });
}

/**
 * Issues the next number of `year`. The year's row stays locked until the transaction ends, so
 * concurrent submissions queue here and numbers follow commit order.
 */
async function lockYearCounter(manager: EntityManager, year: number): Promise<number> {
  await manager.query(`INSERT INTO "request_code_counter" ("year", "last_number") VALUES ($1, 0) ON CONFLICT ("year") DO NOTHING`, [year]);
  const [row] = await manager.query(`SELECT "last_number" FROM "request_code_counter" WHERE "year" = $1 FOR UPDATE`, [year]);
  return Number(row.last_number);
}

export async function submitRequest(ctx: SubgraphContext, input: SubmitRequestInput): Promise<ResidentRequest> {
  const title = requiredText("title", input.title, REQUEST_TITLE_MAX);
  const description = requiredText("description", input.description, REQUEST_DESCRIPTION_MAX);
  const submitterId = submitterFor(ctx.viewer, input.submitterId);
  const clientRequestId = input.clientRequestId;

  try {
    return await ctx.db.transaction(async (manager) => {
      const known = await findByClientKey(manager, submitterId, clientRequestId);
      if (known) return known;
      const category = await manager.findOne(RequestCategory, { where: { name: input.category.trim() } });
      if (!category) throw refuse("BAD_USER_INPUT", "UNKNOWN_CATEGORY", `"${input.category}"`, { field: "category" });

      let year = localYear(ctx.clock.now());
      let lastNumber = await lockYearCounter(manager, year);
      // Read the time only once we hold the year's lock, so submission times follow code order.
      const submittedAt = ctx.clock.now();
      if (localYear(submittedAt) !== year) {
        year = localYear(submittedAt);
        lastNumber = await lockYearCounter(manager, year);
      }
      // Whoever held the lock before us may have committed the same key meanwhile.
      const committedMeanwhile = await findByClientKey(manager, submitterId, clientRequestId);
      if (committedMeanwhile) return committedMeanwhile;

      const number = lastNumber + 1;
      await manager.update(RequestCodeCounter, { year }, { lastNumber: number });
      const request = manager.create(ResidentRequest, {
        id: randomUUID(),
        code: formatRequestCode(year, number),
        title,
        description,
        channel: input.channel,
        category: category.name,
        status: RequestStatus.SUBMITTED,
        level: null,
        urgency: null,
        submittedAt,
        // Provisional until grading: an untriaged request still has to be answered in time.
        respondBy: deadlinesFor(deadlineTable(category), category.defaultUrgency, submittedAt).respondBy,
        submitterId,
        clientRequestId,
        gridId: input.gridId ?? null,
        neighbourhoodId: input.neighbourhoodId ?? null,
        patrolShiftId: input.patrolShiftId ?? null,
      });
      await manager.insert(ResidentRequest, request);
      await manager.insert(RequestEvent, {
        requestId: request.id,
        at: submittedAt,
        type: RequestEventType.SUBMITTED,
        note: null,
        actorId: ctx.viewer.personId,
      });
      await recordHistory(manager, ctx.viewer, {
        subjectType: "ResidentRequest",
        subjectId: request.id,
        action: RequestEventType.SUBMITTED,
        detail: { code: request.code, submitterId, channel: request.channel, category: request.category },
      });
      return request;
    });
  } catch (error) {
    // Two submissions with one key that took different year counters (around New Year) meet here.
    if (!isViolation(error, PG_ERROR.UNIQUE_VIOLATION, CLIENT_KEY_CONSTRAINT)) throw error;
    const first = await findByClientKey(ctx.db.manager, submitterId, clientRequestId);
    if (!first) throw error;
    return first;
  }
}
