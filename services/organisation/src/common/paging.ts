import { badUserInput, checkPageSize, decodeCursor, isUuid } from "@dongting/subgraph-kit";

/** `first` (null means the default) within 0..100 and `after` decoded to a (name, id) keyset position. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, defaultFirst = 50) {
  const size = checkPageSize(first ?? defaultFirst);
  if (!after) return { first: size, after: null };
  const position = decodeCursor(after);
  if (!isUuid(position.id)) throw badUserInput("after is not a cursor returned by this API", { after });
  return { first: size, after: position };
}
