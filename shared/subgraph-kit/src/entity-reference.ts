import "reflect-metadata";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/** What a subgraph knows of another subgraph's entity: its id. */
export interface EntityRef {
  id: string;
}

export type EntityRefType = new () => EntityRef;

/**
 * A stub type for another subgraph's entity (Federation 2): `@key(fields: "id", resolvable: false)`, or a
 * resolvable key when this subgraph contributes fields to the entity. Each call makes a new class, so each
 * subgraph owns its stubs:
 *
 *   export const PersonRef = entityReferenceType("Person");
 *   export type PersonRef = EntityRef;
 */
export function entityReferenceType(typeName: string, options: { resolvable?: boolean } = {}): EntityRefType {
  @Directive(options.resolvable ? '@key(fields: "id")' : '@key(fields: "id", resolvable: false)')
  @ObjectType(typeName)
  class EntityReference implements EntityRef {
    @Field(() => ID)
    id: string;
  }
  return EntityReference;
}

/** `{ id }` for a stored reference, null when the column is empty (no SQL, no call to the owner). */
export function refTo(id: string | null | undefined): EntityRef | null {
  return id ? { id } : null;
}
