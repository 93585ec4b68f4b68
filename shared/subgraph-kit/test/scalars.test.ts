import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { adoptScalarInputChecks, DateTimeScalar } from "../src/scalars.js";

const { buildSchema, graphql, isScalarType, Kind } = createRequire(import.meta.url)("graphql") as typeof import("graphql");

describe("DateTime", () => {
  it.each([
    ["2026-05-01T09:00:00+08:00", "2026-05-01T01:00:00.000Z"],
    ["2026-05-01T09:00+08:00", "2026-05-01T01:00:00.000Z"],
    ["2024-02-29T23:59:59.999Z", "2024-02-29T23:59:59.999Z"],
    ["2026-06-15T02:00:00.123456Z", "2026-06-15T02:00:00.123Z"],
    ["2026-01-01T00:00:00+14:00", "2025-12-31T10:00:00.000Z"],
    ["2026-01-01T00:00:00-12:00", "2026-01-01T12:00:00.000Z"],
  ])("accepts %s", (input, utc) => {
    expect((DateTimeScalar.parseValue(input) as Date).toISOString()).toBe(utc);
    expect((DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: input }) as Date).toISOString()).toBe(utc);
  });

  it.each([
    ["30 February", "2026-02-30T00:00:00Z"],
    ["29 February of a common year", "2026-02-29T00:00:00Z"],
    ["31 April", "2026-04-31T10:00:00+08:00"],
    ["month 13", "2026-13-01T00:00:00Z"],
    ["month 00", "2026-00-10T00:00:00Z"],
    ["day 00", "2026-01-00T00:00:00Z"],
    ["24:61", "2026-05-01T24:61:00Z"],
    ["hour 24", "2026-05-01T24:00:00Z"],
    ["minute 60", "2026-05-01T12:60:00Z"],
    ["second 60", "2026-05-01T12:00:60Z"],
    ["offset +14:01", "2026-05-01T12:00:00+14:01"],
    ["offset -15:00", "2026-05-01T12:00:00-15:00"],
    ["offset minutes 60", "2026-05-01T12:00:00+08:60"],
    ["year 0000", "0000-01-01T00:00:00Z"],
    ["no offset", "2026-05-01T12:00:00"],
    ["a date only", "2026-05-01"],
    ["free text", "next Tuesday"],
  ])("refuses %s as BAD_USER_INPUT (INVALID_INPUT)", (_label, input) => {
    for (const parse of [() => DateTimeScalar.parseValue(input), () => DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: input })]) {
      expect(parse).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", reason: "INVALID_INPUT" } }));
    }
  });

  it("refuses values that are not strings", () => {
    expect(() => DateTimeScalar.parseValue(1_780_000_000_000)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: "17" })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
    );
  });
});

describe("adoptScalarInputChecks", () => {
  it("gives a schema built from SDL the kit's DateTime input checks, and leaves its output alone", async () => {
    const schema = buildSchema(`scalar DateTime type Query { echo(at: DateTime!): DateTime }`);
    schema.getQueryType()!.getFields().echo.resolve = (_root, args) => (args.at instanceof Date ? "a Date" : String(args.at));
    const before = await graphql({ schema, source: `{ echo(at: "2026-02-30T00:00:00Z") }` });
    expect(before.errors).toBeUndefined();
    adoptScalarInputChecks(schema);
    const literal = await graphql({ schema, source: `{ echo(at: "2026-02-30T00:00:00Z") }` });
    expect(literal.errors?.[0]?.message).toMatch(/2026-02 has no day 30/);
    const variable = await graphql({
      schema,
      source: `query($at: DateTime!) { echo(at: $at) }`,
      variableValues: { at: "2026-05-01T09:00:00+15:00" },
    });
    expect(variable.errors?.[0]?.message).toMatch(/beyond ±14:00/);
    const good = await graphql({ schema, source: `{ echo(at: "2026-05-01T09:00:00+08:00") }` });
    expect(good).toEqual({ data: { echo: "a Date" } });
    const type = schema.getType("DateTime");
    expect(isScalarType(type) && type.serialize("kept as is")).toBe("kept as is");
  });
});
