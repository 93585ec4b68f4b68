import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { badUserInput, conflict, notFound, recordHistory, requiredText, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { NAME_MAX, nestingProblem, refusalMessage } from "@dongting/domain/organisation";
import { childPath, isWithin } from "../domain/tree-path.js";
import { PartyMembership } from "../party/party-membership.entity.js";
import { Person } from "../person/person.entity.js";
import { OrgUnit } from "./org-unit.entity.js";
import type { CreateOrgUnitInput } from "./org-unit.input.js";
import { lockPartyTree } from "./tree-lock.js";
import { checkTreeScope } from "./tree-scope.js";

export async function findUnit(manager: EntityManager, id: string): Promise<OrgUnit> {
  requireId("OrgUnit", id);
  const unit = await manager.findOneBy(OrgUnit, { id });
  if (!unit) throw notFound("OrgUnit", id);
  return unit;
}

export async function createOrgUnit(ctx: SubgraphContext, input: CreateOrgUnitInput): Promise<OrgUnit> {
  const name = requiredText("name", input.name, NAME_MAX);
  return ctx.db.transaction(async (manager) => {
    await lockPartyTree(manager);
    let parent: OrgUnit | null = null;
    if (input.parentId) parent = await findUnit(manager, input.parentId);
    await checkTreeScope(ctx, manager, [parent?.id ?? null]);
    const nesting = nestingProblem(input.kind, input.form, parent?.kind ?? null);
    if (nesting) throw badUserInput(nesting.reason, nesting.message, { field: "kind" });
    const id = randomUUID();
    const unit = manager.create(OrgUnit, {
      id,
      path: childPath(parent?.path ?? null, id),
      name,
      kind: input.kind,
      form: input.form ?? null,
      parentId: parent?.id ?? null,
      secretaryId: null,
      // A unit belongs to its parent's community; one made under a street gets its community when one names it.
      communityId: parent?.communityId ?? null,
    });
    await manager.save(unit);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: unit.id,
      action: "CREATED",
      detail: { name: unit.name, kind: unit.kind, form: unit.form, parentId: unit.parentId, parentName: parent?.name ?? null },
    });
    return unit;
  });
}

export async function renameOrgUnit(ctx: SubgraphContext, id: string, rawName: string): Promise<OrgUnit> {
  requireId("OrgUnit", id);
  const name = requiredText("name", rawName, NAME_MAX);
  return ctx.db.transaction(async (manager) => {
    // A rename touches one row and no invariant of the tree: the row lock is enough.
    const unit = await manager.findOne(OrgUnit, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!unit) throw notFound("OrgUnit", id);
    await checkTreeScope(ctx, manager, [unit.id]);
    if (unit.name === name) return unit;
    await manager.update(OrgUnit, { id }, { name });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: id,
      action: "RENAMED",
      detail: { from: unit.name, to: name },
    });
    unit.name = name;
    return unit;
  });
}

/**
 * Moves a unit and its whole subtree under a new parent in one transaction: one UPDATE rewrites the
 * paths of every unit in the subtree (the CHECK constraints verify each row's path against its id,
 * parent and kind).
 */
export async function moveOrgUnit(ctx: SubgraphContext, id: string, newParentId: string): Promise<OrgUnit> {
  requireId("OrgUnit", id);
  requireId("OrgUnit", newParentId);
  return ctx.db.transaction(async (manager) => {
    await lockPartyTree(manager);
    const unit = await findUnit(manager, id);
    const newParent = await findUnit(manager, newParentId);
    await checkTreeScope(ctx, manager, [unit.id, newParent.id]);
    if (unit.communityId && newParent.communityId && unit.communityId !== newParent.communityId) {
      const detail = `「${unit.name}」and「${newParent.name}」belong to different communities`;
      throw badUserInput("CROSSES_COMMUNITIES", refusalMessage("CROSSES_COMMUNITIES", detail), { field: "newParentId" });
    }
    if (isWithin(newParent.path, unit.path)) {
      const detail = `「${unit.name}」cannot be moved under itself or one of its own descendants`;
      throw badUserInput("MOVE_UNDER_ITSELF", refusalMessage("MOVE_UNDER_ITSELF", detail), { field: "newParentId" });
    }
    const nesting = nestingProblem(unit.kind, unit.form, newParent.kind);
    if (nesting) throw badUserInput(nesting.reason, nesting.message, { field: "newParentId" });
    if (unit.parentId === newParent.id) return unit;

    // A unit above the subtree whose secretary is a member inside it would no longer contain its secretary.
    const stranded: Array<{ unit_name: string; secretary_name: string }> = await manager.query(
      `SELECT u."name" AS "unit_name", p."name" AS "secretary_name"
       FROM "org_unit" u
       JOIN "party_membership" m ON m."person_id" = u."secretary_id"
       JOIN "org_unit" mu ON mu."id" = m."org_unit_id"
       JOIN "person" p ON p."id" = u."secretary_id"
       WHERE u."path" @> $1::ltree AND u."id" <> $2 AND mu."path" <@ $1::ltree AND NOT (u."path" @> $3::ltree)`,
      [unit.path, unit.id, newParent.path],
    );
    if (stranded.length > 0) {
      const { unit_name, secretary_name } = stranded[0];
      throw conflict(
        "SECRETARY_WOULD_LEAVE_UNIT",
        refusalMessage("SECRETARY_WOULD_LEAVE_UNIT", `「${unit_name}」的书记 ${secretary_name} 是「${unit.name}」的党员`),
        { unitName: unit_name },
      );
    }

    const oldParent = unit.parentId ? await manager.findOneBy(OrgUnit, { id: unit.parentId }) : null;
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, unitsMoved] = (await manager.query(
      `UPDATE "org_unit"
       SET "path" = $1::ltree || subpath("path", nlevel($2::ltree) - 1),
           "parent_id" = CASE WHEN "id" = $3 THEN $4::uuid ELSE "parent_id" END
       WHERE "path" <@ $2::ltree`,
      [newParent.path, unit.path, unit.id, newParent.id],
    )) as [unknown[], number];
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: unit.id,
      action: "MOVED",
      detail: {
        fromParentId: unit.parentId,
        fromParentName: oldParent?.name ?? null,
        toParentId: newParent.id,
        toParentName: newParent.name,
        unitsMoved,
      },
    });
    return findUnit(manager, id);
  });
}

export async function deleteOrgUnit(ctx: SubgraphContext, id: string): Promise<boolean> {
  requireId("OrgUnit", id);
  return ctx.db.transaction(async (manager) => {
    await lockPartyTree(manager);
    const unit = await findUnit(manager, id);
    await checkTreeScope(ctx, manager, [unit.id]);
    const [usage]: Array<{ children: number; members: number }> = await manager.query(
      `SELECT (SELECT count(*) FROM "org_unit" WHERE "parent_id" = $1)::int AS "children",
              (SELECT count(*) FROM "party_membership" WHERE "org_unit_id" = $1)::int AS "members"`,
      [id],
    );
    if (usage.children > 0) {
      throw conflict("HAS_CHILDREN", refusalMessage("HAS_CHILDREN", `「${unit.name}」has ${usage.children}`), {
        children: usage.children,
      });
    }
    if (usage.members > 0) {
      throw conflict("HAS_MEMBERS", refusalMessage("HAS_MEMBERS", `「${unit.name}」has ${usage.members}`), {
        members: usage.members,
      });
    }
    await manager.delete(OrgUnit, { id });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: id,
      action: "DELETED",
      detail: { name: unit.name, kind: unit.kind, parentId: unit.parentId },
    });
    return true;
  });
}

/** A secretary must be a party member of the unit itself or of a unit below it. */
export async function setSecretary(ctx: SubgraphContext, orgUnitId: string, personId: string): Promise<OrgUnit> {
  requireId("OrgUnit", orgUnitId);
  requireId("Person", personId);
  return ctx.db.transaction(async (manager) => {
    await lockPartyTree(manager);
    const unit = await findUnit(manager, orgUnitId);
    await checkTreeScope(ctx, manager, [unit.id]);
    const person = await manager.findOneBy(Person, { id: personId });
    if (!person) throw notFound("Person", personId);
    const membership = await manager.findOneBy(PartyMembership, { personId });
    const memberUnit = membership ? await manager.findOneBy(OrgUnit, { id: membership.orgUnitId }) : null;
    if (!memberUnit || !isWithin(memberUnit.path, unit.path)) {
      const detail = `${person.name} is not a party member of「${unit.name}」or of a unit below it`;
      throw badUserInput("SECRETARY_NOT_A_MEMBER", refusalMessage("SECRETARY_NOT_A_MEMBER", detail), {
        field: "personId",
      });
    }
    if (unit.secretaryId === personId) return unit;
    const previous = unit.secretaryId ? await manager.findOneBy(Person, { id: unit.secretaryId }) : null;
    await manager.update(OrgUnit, { id: orgUnitId }, { secretaryId: personId });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "OrgUnit",
      subjectId: orgUnitId,
      action: "SECRETARY_SET",
      detail: { fromId: unit.secretaryId, fromName: previous?.name ?? null, toId: personId, toName: person.name },
    });
    unit.secretaryId = personId;
    return unit;
  });
}
