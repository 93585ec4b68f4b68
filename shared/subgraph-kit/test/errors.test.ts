import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { conflict, createErrorFormatter } from "../src/errors.js";

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
});
