import { randomUUID } from "node:crypto";
import { badUserInput, notFound, recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import { checkNesting } from "../domain/org-unit-kind.js";
import { normaliseName } from "../domain/names.js";
import { childPath } from "../domain/tree-path.js";
import { OrgUnit } from "./org-unit.entity.js";
import type { CreateOrgUnitInput } from "./org-unit.input.js";

export async function createOrgUnit(ctx: SubgraphContext, input: CreateOrgUnitInput): Promise<OrgUnit> {
  const named = normaliseName(input.name);
  if ("problem" in named) throw badUserInput(named.problem, { field: "name" });
  return ctx.db.transaction(async (manager) => {
    let parentKind = null;
    let parentPath: string | null = null;
    if (input.parentId) {
      // Locked so a concurrent delete or move of the parent cannot slip in before our insert.
      const parent = await manager.findOne(OrgUnit, { where: { id: input.parentId }, lock: { mode: "pessimistic_read" } });
      if (!parent) throw notFound("OrgUnit", input.parentId);
      parentKind = parent.kind;
      parentPath = parent.path;
    }
    const nesting = checkNesting(input.kind, input.form, parentKind);
    if (nesting) throw badUserInput(nesting.problem, { field: "kind" });
    const id = randomUUID();
    const unit = manager.create(OrgUnit, {
      id,
      path: childPath(parentPath, id),
      name: named.name,
      kind: input.kind,
      form: input.form ?? null,
      parentId: input.parentId ?? null,
    });
    await manager.save(unit);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: unit.id,
      action: "CREATED",
      detail: { name: unit.name, kind: unit.kind, form: unit.form, parentId: unit.parentId },
    });
    return unit;
  });
}
