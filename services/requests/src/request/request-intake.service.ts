import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { badUserInput, forbidden, isViolation, PG_ERROR, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { RequestCategory, deadlineTable } from "../category/category.entity.js";
import { deadlinesFor } from "../domain/deadlines.js";
import { now } from "../clock.js";
import { formatRequestCode, shanghaiYear } from "../domain/request-code.js";
import { RequestEventType, RequestStatus } from "../domain/request-enums.js";
import { DESCRIPTION_MAX, TITLE_MAX } from "../domain/request-text.js";
import { isHandler } from "./request.access.js";
import { RequestCodeCounter } from "./request-code-counter.entity.js";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import type { SubmitRequestInput } from "./request.input.js";

const CLIENT_KEY_CONSTRAINT = "resident_request_client_key";

/** Residents submit for themselves; handlers may enter a request for anyone (phone, mailbox, patrol). */
function submitterFor(ctx: SubgraphContext, input: SubmitRequestInput): string {
  const caller = ctx.viewer.personId;
  if (input.submitterId && input.submitterId !== caller) {
    if (!isHandler(ctx.viewer)) throw forbidden("居民只能为自己提交诉求 (residents submit only for themselves)");
    return input.submitterId;
  }
  if (input.submitterId) return input.submitterId;
  if (!caller) throw badUserInput("submitterId is required when the caller is not a registered person", { field: "submitterId" });
  return caller;
}

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
  const title = requiredText("title", input.title, TITLE_MAX);
  const description = requiredText("description", input.description, DESCRIPTION_MAX);
  const submitterId = submitterFor(ctx, input);
  const clientRequestId = input.clientRequestId;

  try {
    return await ctx.db.transaction(async (manager) => {
      const known = await findByClientKey(manager, submitterId, clientRequestId);
      if (known) return known;
      const category = await manager.findOne(RequestCategory, { where: { name: input.category.trim() } });
      if (!category) throw badUserInput(`unknown category "${input.category}"`, { field: "category" });

      let year = shanghaiYear(now());
      let lastNumber = await lockYearCounter(manager, year);
      // Read the time only once we hold the year's lock, so submission times follow code order.
      const submittedAt = now();
      if (shanghaiYear(submittedAt) !== year) {
        year = shanghaiYear(submittedAt);
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
