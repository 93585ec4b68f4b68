import { badUserInput, notFound, recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import { checkNesting } from "../domain/org-unit-kind.js";
import { normaliseName } from "../domain/names.js";
import { OrgUnit } from "./org-unit.entity.js";
import type { CreateOrgUnitInput } from "./org-unit.input.js";

export async function createOrgUnit(ctx: SubgraphContext, input: CreateOrgUnitInput): Promise<OrgUnit> {
  const named = normaliseName(input.name);
  if ("problem" in named) throw badUserInput(named.problem, { field: "name" });
  return ctx.db.transaction(async (manager) => {
    let parentKind = null;
    if (input.parentId) {
      // Locked so a concurrent delete or move of the parent cannot slip in before our insert.
      const parent = await manager.findOne(OrgUnit, { where: { id: input.parentId }, lock: { mode: "pessimistic_read" } });
      if (!parent) throw notFound("OrgUnit", input.parentId);
      parentKind = parent.kind;
    }
    const nesting = checkNesting(input.kind, input.form, parentKind);
    if (nesting) throw badUserInput(nesting.problem, { field: "kind" });
    const unit = manager.create(OrgUnit, {
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
