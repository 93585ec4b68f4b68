import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { CompoundForm, OrgUnitKind } from "../domain/org-unit-kind.js";
import { childPath } from "../domain/tree-path.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { Person } from "../person/person.entity.js";
import { seedGridTreeAndPeople } from "./grid-tree.seed.js";

const ENTITY_COMPOUNDS = ["东亭小区", "东湖名居", "水果湖花园", "东亭二路小区", "省委宿舍", "武汉大学教工小区", "东亭路小区", "湖北日报宿舍", "省财政厅宿舍", "东亭新村"];
const FUNCTIONAL_COMPOUNDS = ["物业服务功能党支部", "志愿服务功能党支部", "商户联合功能党支部", "新就业群体功能党支部"];

async function insertUnit(manager: EntityManager, unit: Partial<OrgUnit>): Promise<OrgUnit> {
  const id = randomUUID();
  const parentPath = unit.parentId ? (await manager.findOneByOrFail(OrgUnit, { id: unit.parentId })).path : null;
  return manager.save(manager.create(OrgUnit, { form: null, parentId: null, ...unit, id, path: childPath(parentPath, id) }));
}

/** The Dongting party tree: the street committee, the community committee, its 14 compound organisations. */
async function seedTree(manager: EntityManager) {
  const street = await insertUnit(manager, { name: "中南路街道党工委", kind: OrgUnitKind.STREET_WORKING_COMMITTEE });
  const community = await insertUnit(manager, { name: "东亭社区党委", kind: OrgUnitKind.COMMUNITY_COMMITTEE, parentId: street.id });
  for (const [index, name] of ENTITY_COMPOUNDS.entries()) {
    const compound = await insertUnit(manager, {
      name: `${name}党支部`,
      kind: OrgUnitKind.COMPOUND_ORGANISATION,
      form: CompoundForm.ENTITY,
      parentId: community.id,
    });
    const group = await insertUnit(manager, { name: `${name}${index + 1}栋党小组`, kind: OrgUnitKind.BUILDING_GROUP, parentId: compound.id });
    await insertUnit(manager, { name: `${name}${index + 1}栋党员中心户`, kind: OrgUnitKind.CENTRAL_HOUSEHOLD, parentId: group.id });
  }
  for (const name of FUNCTIONAL_COMPOUNDS) {
    await insertUnit(manager, { name, kind: OrgUnitKind.COMPOUND_ORGANISATION, form: CompoundForm.FUNCTIONAL, parentId: community.id });
  }
}

/** Loads the Dongting demo community into an empty database; does nothing when data exists. */
export async function seedDongting(db: DataSource): Promise<void> {
  if ((await db.manager.count(OrgUnit)) > 0 || (await db.manager.count(Person)) > 0) return;
  await db.transaction(async (manager) => {
    await seedGridTreeAndPeople(manager);
    await seedTree(manager);
  });
}
