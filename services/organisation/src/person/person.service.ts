import { notFound, recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import { requireId } from "../common/ids.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { Person } from "./person.entity.js";

/** Moves a person to another neighbourhood (null: no longer lives in the community's grid tree). */
export async function movePerson(ctx: SubgraphContext, personId: string, neighbourhoodId: string | null | undefined): Promise<Person> {
  requireId("Person", personId);
  const target = neighbourhoodId ? requireId("Neighbourhood", neighbourhoodId) : null;
  return ctx.db.transaction(async (manager) => {
    const person = await manager.findOne(Person, { where: { id: personId }, lock: { mode: "pessimistic_write" } });
    if (!person) throw notFound("Person", personId);
    if (target && !(await manager.findOne(Neighbourhood, { where: { id: target }, lock: { mode: "pessimistic_read" } }))) {
      throw notFound("Neighbourhood", target);
    }
    const previous = person.neighbourhoodId;
    if (previous === target) return person;
    await manager.update(Person, { id: personId }, { neighbourhoodId: target });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Person",
      subjectId: personId,
      action: "MOVED",
      detail: { fromNeighbourhoodId: previous, toNeighbourhoodId: target },
    });
    person.neighbourhoodId = target;
    return person;
  });
}
