import { badUserInput, notFound, recordHistory, requiredText, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { NAME_MAX, normaliseMobile } from "@dongting/domain/organisation";
import { containsPattern } from "../domain/search.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { personById } from "./person.loader.js";
import { personColumns, personFromRow, personPage, type PersonSqlRow } from "./person.rows.js";
import type { PersonConnection } from "./person-connection.type.js";
import type { RegisterPersonInput } from "./person.input.js";
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

export async function registerPerson(ctx: SubgraphContext, input: RegisterPersonInput): Promise<Person> {
  const name = requiredText("name", input.name, NAME_MAX);
  const phone = normaliseMobile(input.phone);
  if ("reason" in phone) throw badUserInput(phone.reason, phone.message, { field: "phone" });
  return ctx.db.transaction(async (manager) => {
    if (input.neighbourhoodId) {
      const neighbourhood = await manager.findOne(Neighbourhood, {
        where: { id: input.neighbourhoodId },
        lock: { mode: "pessimistic_read" },
      });
      if (!neighbourhood) throw notFound("Neighbourhood", input.neighbourhoodId);
    }
    const person = manager.create(Person, {
      name,
      phone: phone.phone,
      roles: [],
      neighbourhoodId: input.neighbourhoodId ?? null,
    });
    await manager.save(person);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Person",
      subjectId: person.id,
      action: "REGISTERED",
      detail: { name: person.name, neighbourhoodId: person.neighbourhoodId },
    });
    return person;
  });
}

/**
 * People by name (then id), optionally only those whose name contains `search` (a plain substring, no
 * pinyin), with the total, in one statement. The trigram index on names serves searches of three or
 * more characters; shorter ones scan the table, which is small enough for one community's residents.
 */
export async function searchPeople(
  ctx: SubgraphContext,
  search: string | null | undefined,
  first: number,
  after: { sortKey: string; id: string } | null,
): Promise<PersonConnection> {
  const rows: Array<PersonSqlRow & { total: number }> = await ctx.db.query(
    `SELECT t."total", ${personColumns("page")}
     FROM (SELECT count(*)::int AS "total" FROM "person" p WHERE $1::text IS NULL OR p."name" LIKE $1::text) t
     LEFT JOIN LATERAL (
       SELECT ${personColumns("p")} FROM "person" p
       WHERE ($1::text IS NULL OR p."name" LIKE $1::text)
         AND ($2::varchar IS NULL OR (p."name", p."id") > ($2::varchar, $3::uuid))
       ORDER BY p."name", p."id" LIMIT $4
     ) page ON true
     ORDER BY page."name", page."id"`,
    [containsPattern(search), after?.sortKey ?? null, after?.id ?? null, first + 1],
  );
  const people = rows.filter((row) => row.id !== null).map(personFromRow);
  const byId = personById(ctx);
  for (const person of people) byId.prime(person.id, person);
  return personPage(people, first, rows[0]?.total ?? 0);
}
