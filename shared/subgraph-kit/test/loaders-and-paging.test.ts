import { describe, expect, it } from "vitest";
import { alignByKey, groupByKey, LoaderRegistry } from "../src/loaders.js";
import { checkPageSize, decodeCursor, encodeCursor } from "../src/paging.js";
import { DateTimeScalar } from "../src/scalars.js";

describe("loader helpers", () => {
  it("aligns rows with keys, null for missing", () => {
    expect(alignByKey(["b", "x", "a"], [{ id: "a" }, { id: "b" }], (row) => row.id)).toEqual([{ id: "b" }, null, { id: "a" }]);
  });

  it("groups rows under keys, empty for none", () => {
    expect(
      groupByKey(
        ["p", "q"],
        [
          { p: "p", v: 1 },
          { p: "p", v: 2 },
        ],
        (row) => row.p,
      ),
    ).toEqual([
      [
        { p: "p", v: 1 },
        { p: "p", v: 2 },
      ],
      [],
    ]);
  });

  it("batches loads of one request into one call", async () => {
    const calls: string[][] = [];
    const registry = new LoaderRegistry();
    const loader = () =>
      registry.get<string, string>("upper", async (keys) => {
        calls.push([...keys]);
        return keys.map((key) => key.toUpperCase());
      });
    const results = await Promise.all(["a", "b", "c"].map((key) => loader().load(key)));
    expect(results).toEqual(["A", "B", "C"]);
    expect(calls).toEqual([["a", "b", "c"]]);
  });

  it("creates a loader with DataLoader options, once per name", async () => {
    const calls: string[][] = [];
    const registry = new LoaderRegistry();
    const loader = () =>
      registry.get<{ id: string; depth: number }, string, string>(
        "byId",
        async (keys) => {
          calls.push(keys.map((key) => `${key.id}@${key.depth}`));
          return keys.map((key) => key.id.toUpperCase());
        },
        { cacheKeyFn: (key) => key.id },
      );
    const first = await Promise.all([
      loader().load({ id: "a", depth: 1 }),
      loader().load({ id: "a", depth: 2 }),
      loader().load({ id: "b", depth: 1 }),
    ]);
    loader().prime({ id: "c", depth: 0 }, "primed");
    expect(first).toEqual(["A", "A", "B"]);
    expect(await loader().load({ id: "c", depth: 3 })).toBe("primed");
    expect(calls).toEqual([["a@1", "b@1"]]);
    expect(loader()).toBe(registry.get("byId", async () => []));
  });
});

describe("paging", () => {
  it("round-trips cursors and refuses foreign ones", () => {
    expect(decodeCursor(encodeCursor("2026-01-01", "id-1"))).toEqual({ sortKey: "2026-01-01", id: "id-1" });
    expect(() => decodeCursor("nonsense")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });

  it("caps page sizes at 100", () => {
    expect(checkPageSize(100)).toBe(100);
    expect(() => checkPageSize(101)).toThrow(/between 0 and 100/);
    expect(() => checkPageSize(-1)).toThrow();
  });
});

describe("DateTime scalar", () => {
  it("accepts ISO-8601 with an offset and serialises in UTC", () => {
    const date = DateTimeScalar.parseValue("2026-05-01T09:00:00+08:00");
    expect(DateTimeScalar.serialize(date)).toBe("2026-05-01T01:00:00.000Z");
  });

  it.each(["2026-05-01", "2026-05-01T09:00:00", "yesterday", 5])("refuses %s", (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow();
  });
});
