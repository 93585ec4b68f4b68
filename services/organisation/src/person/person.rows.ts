import { pageOf } from "@dongting/subgraph-kit";
import type { CommunityRole } from "./community-role.js";
import { Person } from "./person.entity.js";
import type { PersonConnection } from "./person-connection.type.js";

/** The person columns for hand-written SQL, aliased by `alias`. */
export const personColumns = (alias: string) =>
  `${alias}."id", ${alias}."name", ${alias}."phone", ${alias}."roles", ${alias}."neighbourhood_id", ${alias}."building_id", ${alias}."id_number", ${alias}."community_id", ${alias}."created_at"`;

export interface PersonSqlRow {
  id: string;
  name: string;
  phone: string | null;
  roles: CommunityRole[] | string;
  neighbourhood_id: string | null;
  building_id?: string | null;
  id_number?: string | null;
  community_id: string;
  /** The grid of the neighbourhood, when the query joined it (the read policy's place). */
  grid_id?: string | null;
  created_at: Date | string;
}

/** Drivers hand a varchar[] back as an array, or as its text form when the type is not known to them. */
function parseRoles(roles: CommunityRole[] | string): CommunityRole[] {
  if (Array.isArray(roles)) return roles;
  const inner = roles.replace(/^\{|\}$/g, "");
  return (inner ? inner.split(",") : []) as CommunityRole[];
}

export function personFromRow(row: PersonSqlRow): Person {
  return Object.assign(new Person(), {
    id: row.id,
    name: row.name,
    phone: row.phone,
    roles: parseRoles(row.roles),
    neighbourhoodId: row.neighbourhood_id,
    buildingId: row.building_id ?? null,
    idNumber: row.id_number ?? null,
    communityId: row.community_id,
    ...(row.grid_id !== undefined ? { gridId: row.grid_id } : {}),
    createdAt: new Date(row.created_at),
  });
}

/** A page of people ordered by (name, id), fetched with one row more than `first` to know if more follow. */
export function personPage(people: Person[], first: number, totalCount: number): PersonConnection {
  return { ...pageOf(people, first, (person) => person.name), totalCount };
}
