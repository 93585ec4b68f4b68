import { GraphQLScalarType, Kind } from "graphql";

function parseDate(value: unknown): Date {
  if (typeof value !== "string") throw new TypeError("DateTime must be an ISO-8601 string with an offset");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new TypeError(`DateTime must be ISO-8601 with an offset, e.g. 2026-05-01T09:00:00+08:00 (got "${value}")`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`"${value}" is not a valid DateTime`);
  return date;
}

/** ISO-8601 with an offset, as the contract says; serialised in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An ISO-8601 date-time with an offset, e.g. 2026-05-01T09:00:00+08:00.",
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError("DateTime cannot represent an invalid date");
    return date.toISOString();
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError("DateTime must be a string");
    return parseDate(ast.value);
  },
});
