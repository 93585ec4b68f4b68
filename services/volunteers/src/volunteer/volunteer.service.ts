import { recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";
import { Volunteer } from "./volunteer.entity.js";

/** The person's volunteer record, created on first need (safe against a concurrent creator). */
export async function ensureVolunteer(manager: EntityManager, ctx: SubgraphContext, personId: string): Promise<Volunteer> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO "volunteer" ("person_id") VALUES ($1) ON CONFLICT ("person_id") DO NOTHING RETURNING "id"`,
    [personId],
  );
  if (inserted.length > 0) {
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Volunteer",
      subjectId: inserted[0].id,
      action: "CREATED",
      detail: { personId },
    });
  }
  return manager.findOneOrFail(Volunteer, { where: { personId } });
}
