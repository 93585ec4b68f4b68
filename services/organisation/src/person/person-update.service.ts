import {
  badUserInput,
  checkInScope,
  notFound,
  recordHistory,
  refuseOnViolation,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { NAME_MAX, normaliseMobile, refusalMessage } from "@dongting/domain/organisation";
import { ACCESS } from "../access.js";
import { Person } from "./person.entity.js";
import type { PersonUpdateInput } from "./person.input.js";
import { PERSON_VIOLATIONS, checkedIdNumber, resolveHome } from "./person-home.js";

/** Fields whose values stay out of the history (it is read by more people than the register's phone column). */
const PRIVATE = new Set<string>(["idNumber", "phone"]);

type Changes = Partial<Pick<Person, "name" | "phone" | "neighbourhoodId" | "buildingId" | "idNumber">>;

/**
 * Edits a person (staff within scope: the person's community, and the target neighbourhood's). A field
 * left out is kept. A new neighbourhood without a building clears a building outside it. The home
 * community never changes (docs/tenancy.md): a neighbourhood of another community is refused with
 * CROSSES_COMMUNITIES once the viewer is known to reach both. The history entry lists the changed fields
 * (a phone or ID number only as "changed", never its digits).
 */
export async function updatePerson(ctx: SubgraphContext, id: string, input: PersonUpdateInput): Promise<Person> {
  requireId("Person", id);
  const changes: Changes = {};
  if (input.name !== undefined && input.name !== null) changes.name = requiredText("name", input.name, NAME_MAX);
  if (input.phone !== undefined) {
    const phone = normaliseMobile(input.phone);
    if ("reason" in phone) throw badUserInput(phone.reason, phone.message, { field: "phone" });
    changes.phone = phone.phone;
  }
  if (input.idNumber !== undefined) changes.idNumber = checkedIdNumber(input.idNumber);
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        const person = await manager.findOne(Person, { where: { id }, lock: { mode: "pessimistic_write" } });
        if (!person) throw notFound("Person", id);
        await checkInScope(ctx, ACCESS.updatePerson, { communityId: person.communityId }, "write", "this person");
        if (input.neighbourhoodId !== undefined || input.buildingId !== undefined) {
          const keepsNeighbourhood = input.neighbourhoodId === undefined && !input.buildingId;
          const home = await resolveHome(
            manager,
            keepsNeighbourhood ? person.neighbourhoodId : (input.neighbourhoodId ?? null),
            input.buildingId ?? null,
          );
          if (home.neighbourhood) {
            const { communityId, gridId } = home.neighbourhood;
            await checkInScope(ctx, ACCESS.updatePerson, { communityId, gridId }, "write", "that neighbourhood");
            if (communityId !== person.communityId) {
              const detail = "the neighbourhood is in another community; register the person there";
              throw badUserInput("CROSSES_COMMUNITIES", refusalMessage("CROSSES_COMMUNITIES", detail), { field: "neighbourhoodId" });
            }
          }
          changes.neighbourhoodId = home.neighbourhood?.id ?? null;
          // A building left out stays only while it is still inside the (new) neighbourhood.
          changes.buildingId =
            input.buildingId === undefined && changes.neighbourhoodId === person.neighbourhoodId ? person.buildingId : home.buildingId;
        }
        const changed = (Object.keys(changes) as Array<keyof Changes>).filter((key) => changes[key] !== person[key]);
        if (changed.length === 0) return person;
        const update = Object.fromEntries(changed.map((key) => [key, changes[key]]));
        await manager.update(Person, { id }, update);
        const detail = Object.fromEntries(
          changed.map((key) => [key, PRIVATE.has(key) ? { changed: true } : { from: person[key], to: changes[key] }]),
        );
        await recordHistory(manager, ctx.viewer, { subjectType: "Person", subjectId: id, action: "UPDATED", detail });
        return Object.assign(person, update);
      }),
    PERSON_VIOLATIONS,
  );
}
