import { Field, ObjectType, Directive } from "type-graphql";
import { badUserInput } from "./errors.js";

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
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, { first });
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
    throw badUserInput("after is not a cursor returned by this API", { after: cursor });
  }
}
