// Hostile argument values for the fuzz test, by input type: out-of-range and NaN-ish numbers, over-long,
// control and unicode strings, malformed ids, impossible DateTimes, wrong types; a valid value sometimes,
// so an operation gets past validation and into the services with the rest of its arguments hostile.
import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import { pick, type Random } from "@dongting/subgraph-kit/seed";

const INTS: unknown[] = [
  0,
  -1,
  1,
  2,
  7,
  2147483647,
  -2147483648,
  2147483648,
  -2147483649,
  1e21,
  3.5,
  -0,
  1_000_000,
  "NaN",
  "Infinity",
  "12",
];
const FLOATS: unknown[] = [0, -0, 1.5, 1e308, -1e308, 5e-324, "NaN", "-Infinity", 1.7976931348623157e308];
const STRINGS: unknown[] = [
  "",
  " ",
  "\u0000",
  "\u0000\u0001\u001f",
  "a".repeat(101),
  "字".repeat(1001),
  "𝕏😀👨‍👩‍👧".repeat(120),
  "\u202Eevil\u202C",
  "\uFEFF\u200B\u200D",
  "'; DROP TABLE person; --",
  "%_%\\",
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "\ud800",
  "\n\t\r",
  "x".repeat(20_000),
  "正常的文字",
  42,
  true,
];
const IDS: unknown[] = [
  "",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  "00000000-0000-4000-8000-00000000024d ",
  "1 OR 1=1",
  "../../etc/passwd",
  "ｉｄ",
  "x".repeat(500),
  12345,
  -1,
  "\u0000",
];
const DATETIMES: unknown[] = [
  "2026-02-30T00:00:00Z",
  "2026-13-01T00:00:00Z",
  "2026-06-15T25:61:00Z",
  "2026-06-15T10:00:00+25:00",
  "2026-06-15",
  "not a date",
  "",
  "+275760-09-13T00:00:00.000Z",
  "-000001-01-01T00:00:00Z",
  "1900-01-01T00:00:00Z",
  "2999-12-31T23:59:59Z",
  "2026-06-15T10:00:00.123456789Z",
  "2026-06-15T10:00:00Z",
  0,
  1781488800000,
];
const BOOLEANS: unknown[] = [true, false, "true", 1, null];

export interface FuzzIds {
  /** Real ids of the stack, so some operations reach rows. */
  valid: readonly string[];
}

/** A hostile (now and then valid) value for `type`; `depth` bounds nested input objects and lists. */
export function hostileValue(random: Random, type: GraphQLInputType, ids: FuzzIds, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (random() < 0.04) return null; // null for a non-null argument: a validation refusal
  if (isListType(nullable)) {
    if (random() < 0.15) return hostileValue(random, nullable.ofType, ids, depth + 1); // a scalar where a list goes
    const length = pick(random, [0, 1, 2, 3, 60]);
    return Array.from({ length }, () => hostileValue(random, nullable.ofType, ids, depth + 1));
  }
  if (isEnumType(nullable)) {
    const values = nullable.getValues().map((value) => value.name);
    return pick(random, [...values, ...values, "NOPE", values[0].toLowerCase(), 7]);
  }
  if (isInputObjectType(nullable)) {
    if (depth > 2 || random() < 0.05) return pick(random, ["not an object", 12, []]);
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const required = isNonNullType(field.type);
      if ((required && random() < 0.95) || (!required && random() < 0.4))
        value[field.name] = hostileValue(random, field.type, ids, depth + 1);
    }
    if (random() < 0.05) value.notAField = "x";
    return value;
  }
  switch (nullable.name) {
    case "Int":
      return pick(random, INTS);
    case "Float":
      return pick(random, FLOATS);
    case "ID":
      return random() < 0.45 && ids.valid.length ? pick(random, ids.valid) : pick(random, IDS);
    case "DateTime":
      return pick(random, DATETIMES);
    case "Boolean":
      return pick(random, BOOLEANS);
    default:
      return pick(random, STRINGS);
  }
}
