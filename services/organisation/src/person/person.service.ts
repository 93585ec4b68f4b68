import {
  checkInScope,
  forbidden,
  hasAnyRole,
  isIntegrator,
  reachOf,
  badUserInput,
  notFound,
  recordHistory,
  refuseOnViolation,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { NAME_MAX, normaliseMobile, refusalMessage } from "@dongting/domain/organisation";
import { peopleSearchStatement } from "./person-search.sql.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { personById } from "./person.loader.js";
import { personFromRow, personPage, type PersonSqlRow } from "./person.rows.js";
import type { PersonConnection } from "./person-connection.type.js";
import type { RegisterPersonInput } from "./person.input.js";
import { Person } from "./person.entity.js";
import { ACCESS, PERSON_READER_ROLES, placeOfPerson } from "../access.js";
import { communityOfNewRow } from "../community/community-of-new-row.js";
import { PERSON_VIOLATIONS, checkedIdNumber, resolveHome } from "./person-home.js";

/** Moves a person to another neighbourhood (null: no longer lives in the community's grid tree). */
export async function movePerson(ctx: SubgraphContext, personId: string, neighbourhoodId: string | null | undefined): Promise<Person> {
  requireId("Person", personId);
  const target = neighbourhoodId ? requireId("Neighbourhood", neighbourhoodId) : null;
  return ctx.db.transaction(async (manager) => {
    const person = await manager.findOne(Person, { where: { id: personId }, lock: { mode: "pessimistic_write" } });
    if (!person) throw notFound("Person", personId);
    await checkInScope(ctx, ACCESS.editPeople, { communityId: person.communityId }, "write");
    const neighbourhood = target
      ? await manager.findOne(Neighbourhood, { where: { id: target }, lock: { mode: "pessimistic_read" } })
      : null;
    if (target && !neighbourhood) throw notFound("Neighbourhood", target);
    // A home community is kept: a person who moves to another community is registered there (docs/tenancy.md).
    if (neighbourhood && neighbourhood.communityId !== person.communityId) {
      const detail = "the neighbourhood is in another community";
      throw badUserInput("CROSSES_COMMUNITIES", refusalMessage("CROSSES_COMMUNITIES", detail), { field: "neighbourhoodId" });
    }
    const previous = person.neighbourhoodId;
    if (previous === target) return person;
    // A building belongs to one neighbourhood: the old one's building does not move with the person.
    await manager.update(Person, { id: personId }, { neighbourhoodId: target, buildingId: null });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Person",
      subjectId: personId,
      action: "MOVED",
      detail: {
        fromNeighbourhoodId: previous,
        toNeighbourhoodId: target,
        ...(person.buildingId ? { fromBuildingId: person.buildingId } : {}),
      },
    });
    person.neighbourhoodId = target;
    person.buildingId = null;
    return person;
  });
}

export async function registerPerson(ctx: SubgraphContext, input: RegisterPersonInput): Promise<Person> {
  const name = requiredText("name", input.name, NAME_MAX);
  const phone = normaliseMobile(input.phone);
  if ("reason" in phone) throw badUserInput(phone.reason, phone.message, { field: "phone" });
  const idNumber = checkedIdNumber(input.idNumber);
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        let communityId: string;
        const { neighbourhood, buildingId } = await resolveHome(manager, input.neighbourhoodId ?? null, input.buildingId ?? null);
        if (neighbourhood) {
          communityId = neighbourhood.communityId;
          await checkInScope(ctx, ACCESS.editPeople, { communityId, gridId: neighbourhood.gridId }, "write");
        } else {
          communityId = await communityOfNewRow(ctx, manager, ACCESS.editPeople, input.communityId);
        }
        const person = manager.create(Person, {
          communityId,
          name,
          phone: phone.phone,
          roles: [],
          neighbourhoodId: neighbourhood?.id ?? null,
          buildingId,
          idNumber,
        });
        await manager.save(person);
        await recordHistory(manager, ctx.viewer, {
          subjectType: "Person",
          subjectId: person.id,
          action: "REGISTERED",
          detail: { name: person.name, neighbourhoodId: person.neighbourhoodId, buildingId },
        });
        return person;
      }),
    PERSON_VIOLATIONS,
  );
}

/**
 * People by name (then id), optionally only those whose name contains `search` (a plain substring, no
 * pinyin), within the viewer's reach (a grid leader: their grid's residents; staff: their community; a
 * street: its communities), with the total, in one statement (person-search.sql.ts says which index serves
 * which search).
 */
export async function searchPeople(
  ctx: SubgraphContext,
  search: string | null | undefined,
  first: number,
  after: { sortKey: string; id: string } | null,
): Promise<PersonConnection> {
  const reach = await reachOf(ctx, ACCESS.readPeople, "read");
  const statement = peopleSearchStatement(search, reach, after, first + 1);
  const rows: Array<PersonSqlRow & { total: number }> = await ctx.db.query(statement.sql, statement.values);
  const people = rows.filter((row) => row.id !== null).map(personFromRow);
  const byId = personById(ctx);
  for (const person of people) byId.prime(person.id, person);
  return personPage(people, first, rows[0]?.total ?? 0);
}

/** One person: FORBIDDEN OUT_OF_SCOPE outside the viewer's reach (for any role), unless it is the viewer. */
export async function personInReach(ctx: SubgraphContext, id: string): Promise<Person | null> {
  const person = await personById(ctx).load(id);
  if (!person || person.id === ctx.viewer.personId) return person;
  if (isIntegrator(ctx.viewer) || !hasAnyRole(ctx.viewer, PERSON_READER_ROLES)) {
    throw forbidden("FIELD_NOT_ALLOWED", "没有权限读取 Query.person (not allowed to read Query.person)", { field: "Query.person" });
  }
  await checkInScope(ctx, "any", await placeOfPerson(person, ctx), "read", "this person");
  return person;
}
