import { demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As, GraphQLAnswer } from "@dongting/subgraph-kit/testing";

/** The roles the station's privacy suites read as, besides those of ./station.ts. */
export const volunteer: As = { roles: ["VOLUNTEER"], personId: demoPersonId(5) };
export const gridLeader: As = { roles: ["GRID_LEADER"], personId: demoPersonId(6) };
export const communityStaff: As = { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) };
export const partyCommittee: As = { roles: ["PARTY_COMMITTEE"], personId: demoPersonId(1) };
export const admin: As = { roles: ["ADMIN"], personId: demoPersonId(7) };
/** A resident with no part in any fixture. */
export const stranger: As = { roles: ["RESIDENT"], personId: demoPersonId(30) };

/** Each error of the answer as "CODE REASON path.to.field", sorted: the refusals a read got, and where. */
export const refusals = (answer: GraphQLAnswer): string[] =>
  (answer.errors ?? []).map((e) => `${e.extensions?.code} ${e.extensions?.reason} ${(e.path ?? []).join(".")}`).sort();

/** "FORBIDDEN FIELD_NOT_ALLOWED <path>.<field>" for each field under each path: what the read policy answers. */
export const forbiddenAt = (paths: readonly string[], fields: readonly string[]): string[] =>
  paths.flatMap((path) => fields.map((field) => `FORBIDDEN FIELD_NOT_ALLOWED ${path}.${field}`)).sort();

/** An `_entities` query for `typeName` selecting `selection`. */
export const entitiesQuery = (typeName: string, selection: string) =>
  `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typeName} { ${selection} } } }`;

export const representations = (typeName: string, ids: readonly string[]) => ({ reps: ids.map((id) => ({ __typename: typeName, id })) });
