import { GraphQLScalarType, Kind, isScalarType, type GraphQLSchema, type ValueNode } from "graphql";
import { badUserInput } from "./errors.js";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const EXAMPLE = "e.g. 2026-05-01T09:00:00+08:00";
/** UTC offsets in use on Earth run from -12:00 to +14:00; nothing beyond ±14:00 is a real offset. */
const MAX_OFFSET_MINUTES = 14 * 60;

const invalid = (message: string) => badUserInput("INVALID_INPUT", message);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a possible ISO-8601 date-time with an offset, or null when it is one. */
function problemWith(match: RegExpExecArray): string | null {
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (year < 1) return "the year must be 0001 or later";
  if (month < 1 || month > 12) return `there is no month ${match[2]}`;
  if (day < 1 || day > daysInMonth(year, month)) return `${match[1]}-${match[2]} has no day ${match[3]}`;
  if (hour > 23) return `there is no hour ${match[4]} (00-23)`;
  if (minute > 59) return `there is no minute ${match[5]} (00-59)`;
  if (second > 59) return `there is no second ${match[6]} (00-59)`;
  if (match[8] !== "Z") {
    const offsetHours = Number(match[10]);
    const offsetMinutes = Number(match[11]);
    if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES) {
      return `the offset ${match[8]} is beyond ±14:00`;
    }
  }
  return null;
}

/** A DateTime input -> Date; anything else (wrong type, wrong shape, impossible date or time) is BAD_USER_INPUT. */
function parseDate(value: unknown): Date {
  if (typeof value !== "string") throw invalid(`DateTime must be an ISO-8601 string with an offset, ${EXAMPLE}`);
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const match = DATE_TIME.exec(value);
  if (!match) throw invalid(`DateTime must be ISO-8601 with an offset, ${EXAMPLE} (got "${shown}")`);
  const problem = problemWith(match);
  if (problem) throw invalid(`"${shown}" is not a possible DateTime: ${problem}`);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`"${shown}" is not a possible DateTime`);
  return date;
}

function parseLiteral(ast: ValueNode): Date {
  if (ast.kind !== Kind.STRING) throw invalid(`DateTime must be a string, ${EXAMPLE}`);
  return parseDate(ast.value);
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
  parseLiteral,
});

/**
 * Gives the kit's input checks to the same-named scalars of a schema built from SDL alone (the gateway's, from
 * the supergraph), so a bad value is refused before any subgraph is called. Only inputs: the gateway passes
 * the subgraphs' output through as it is.
 */
export function adoptScalarInputChecks(schema: GraphQLSchema): void {
  for (const scalar of [DateTimeScalar]) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type) || type === scalar) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}
