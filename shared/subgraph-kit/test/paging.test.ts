import { describe, expect, it } from "vitest";
import { decodeCursor, decodeKeysetCursor, encodeCursor, isInstantKey, pageArgs, pageOf } from "../src/paging.js";

const ID = "3f1c0e2a-8b1d-4c5e-9f00-0123456789ab";
const BAD_CURSOR = expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) });

describe("keyset paging", () => {
  it("decodes a cursor whose id is a uuid and whose sort key passes the check", () => {
    const cursor = encodeCursor("2026-05-01T01:00:00.000Z", ID);
    expect(decodeKeysetCursor(cursor)).toEqual({ sortKey: "2026-05-01T01:00:00.000Z", id: ID });
    expect(decodeKeysetCursor(cursor, isInstantKey)).toEqual({ sortKey: "2026-05-01T01:00:00.000Z", id: ID });
  });

  it("refuses forged cursors before they reach SQL", () => {
    expect(() => decodeKeysetCursor(encodeCursor("王一", "not-a-uuid"))).toThrow(BAD_CURSOR);
    expect(() => decodeKeysetCursor(encodeCursor("yesterday", ID), isInstantKey)).toThrow(BAD_CURSOR);
    expect(() => decodeKeysetCursor("nonsense")).toThrow(BAD_CURSOR);
  });

  it("checks page arguments: the size cap, and after decoded or null", () => {
    expect(pageArgs(20, null)).toEqual({ first: 20, after: null });
    expect(pageArgs(0, undefined)).toEqual({ first: 0, after: null });
    expect(pageArgs(5, encodeCursor("王一", ID))).toEqual({ first: 5, after: { sortKey: "王一", id: ID } });
    expect(() => pageArgs(101, null)).toThrow(/between 0 and 100/);
    expect(() => pageArgs(5, encodeCursor("王一", ID), isInstantKey)).toThrow(BAD_CURSOR);
  });

  it("builds edges and pageInfo from a page read with one extra row", () => {
    const rows = [
      { id: "a", name: "甲" },
      { id: "b", name: "乙" },
      { id: "c", name: "丙" },
    ];
    const more = pageOf(rows, 2, (row) => row.name);
    expect(more.edges.map((edge) => edge.node.id)).toEqual(["a", "b"]);
    expect(decodeCursor(more.edges[1].cursor)).toEqual({ sortKey: "乙", id: "b" });
    expect(more.pageInfo).toEqual({ hasNextPage: true, endCursor: more.edges[1].cursor });

    const last = pageOf(rows, 3, (row) => row.name);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges[2].cursor });
    expect(pageOf([], 3, (row: { id: string }) => row.id)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
