import "reflect-metadata";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { badUserInput } from "./errors.js";
import { isUuid } from "./ids.js";

export const MAX_PAGE_SIZE = 100;

@Directive("@shareable")
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput("PAGE_SIZE_OUT_OF_RANGE", `first must be between 0 and ${MAX_PAGE_SIZE}`, { first });
  }
  return first;
}

/** Opaque cursor over a sortable key and the row id (keyset paging, stable under inserts). */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    if (typeof sortKey !== "string" || typeof id !== "string") throw new Error("shape");
    return { sortKey, id };
  } catch {
    throw badUserInput("INVALID_CURSOR", "after is not a cursor returned by this API", { after: cursor });
  }
}

/** A keyset position: the sort key and id of the last row seen. */
export interface KeysetPosition {
  sortKey: string;
  id: string;
}

/** Sort keys of cursors over instants (written with `toISOString()`). */
export const isInstantKey = (sortKey: string): boolean => !Number.isNaN(Date.parse(sortKey));

/**
 * Decodes `after` (made by encodeCursor) for a keyset query; BAD_USER_INPUT unless its id is a uuid and
 * its sort key passes `isSortKey`, so a forged cursor never reaches SQL.
 */
export function decodeKeysetCursor(after: string, isSortKey: (sortKey: string) => boolean = () => true): KeysetPosition {
  const position = decodeCursor(after);
  if (!isUuid(position.id) || !isSortKey(position.sortKey)) {
    throw badUserInput("INVALID_CURSOR", "after is not a cursor returned by this API", { after });
  }
  return position;
}

/** The `first` and `after` arguments of a keyset-paged connection, checked: `after` null when absent. */
export function pageArgs(
  first: number,
  after: string | null | undefined,
  isSortKey?: (sortKey: string) => boolean,
): { first: number; after: KeysetPosition | null } {
  checkPageSize(first);
  return { first, after: after ? decodeKeysetCursor(after, isSortKey) : null };
}

/**
 * The edges and pageInfo of a page read with one row more than `first` (that row only says a next page
 * exists). Cursors are `encodeCursor(sortKeyOf(node), node.id)`.
 */
export function pageOf<T extends { id: string }>(
  rows: readonly T[],
  first: number,
  sortKeyOf: (node: T) => string,
): { edges: Array<{ cursor: string; node: T }>; pageInfo: PageInfo } {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(sortKeyOf(node), node.id), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The class behind a GraphQL object type (what type-graphql's `@Field(() => Node)` takes). */
export type NodeClass<T> = new (...args: never[]) => T;

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * `<Name>Connection` and `<Name>Edge` for a node type: edges, pageInfo and totalCount, the shape every
 * paged list of the graph answers with. Use as `@ObjectType() class PersonConnection extends Connection(Person, "Person") {}`.
 */
export function Connection<T>(node: NodeClass<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType()
  abstract class ConnectionBase implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionBase;
}
