import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { badUserInput, conflict, createErrorFormatter, withoutSuggestions } from "../src/errors.js";

describe("error formatting", () => {
  const logged: Array<Record<string, unknown>> = [];
  const format = createErrorFormatter("test", { error: (_message, details) => logged.push(details) });

  it("keeps our own codes and messages", () => {
    const error = conflict("ZONE_TAKEN", "already booked", { zoneId: "z" });
    const formatted = format({ message: error.message, extensions: { ...error.extensions, stacktrace: ["at x"] } }, error);
    expect(formatted).toEqual({ message: "already booked", extensions: { code: "CONFLICT", reason: "ZONE_TAKEN", zoneId: "z" } });
  });

  it("hides unexpected errors behind a logged request id, without stack or SQL", () => {
    const original = new Error('relation "secret_table" does not exist');
    const wrapped = new GraphQLError(original.message, { originalError: original });
    const formatted = format({ message: wrapped.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at db"] } }, wrapped);
    expect(formatted.message).not.toContain("secret_table");
    expect(formatted.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: expect.any(String) });
    expect(logged.at(-1)).toMatchObject({ requestId: formatted.extensions?.requestId, service: "test" });
  });

  it("maps type-graphql's authorization error to FORBIDDEN", () => {
    const error = new GraphQLError("Access denied!", { extensions: { code: "UNAUTHORIZED" } });
    expect(format({ message: error.message, extensions: error.extensions }, error).extensions).toEqual({
      code: "FORBIDDEN",
      reason: "ROLE_NOT_ALLOWED",
    });
  });

  it("keeps a refusal's own BAD_USER_INPUT reason", () => {
    const error = badUserInput("TEXT_TOO_LONG", "too long", { max: 100 });
    expect(format({ message: error.message, extensions: error.extensions }, error).extensions).toEqual({
      code: "BAD_USER_INPUT",
      reason: "TEXT_TOO_LONG",
      max: 100,
    });
  });

  it("turns a literal that does not fit its type into BAD_USER_INPUT, and leaves other validation errors alone", () => {
    const literal = format(
      { message: 'Int cannot represent non-integer value: "many"', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      null,
    );
    expect(literal.extensions).toEqual({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT" });
    const unknownField = format(
      { message: 'Cannot query field "peple" on type "Query". Did you mean "people"?', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } },
      null,
    );
    expect(unknownField).toEqual({
      message: 'Cannot query field "peple" on type "Query".',
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });
});

describe("suggestions", () => {
  it.each([
    ['Cannot query field "peple" on type "Query". Did you mean "people"?', 'Cannot query field "peple" on type "Query".'],
    ['Value "REDD" does not exist in "Colour" enum. Did you mean the enum value "RED"?', 'Value "REDD" does not exist in "Colour" enum.'],
    ['Unknown type "Persn". Did you mean "Person" or "Reason"?', 'Unknown type "Persn".'],
    [
      'Cannot query field "x" on type "Node". Did you mean to use an inline fragment on "Person"?',
      'Cannot query field "x" on type "Node".',
    ],
    ['Cannot query field "peple" on type "Query". ?', 'Cannot query field "peple" on type "Query".'],
  ])("takes the hint out of %s", (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});
