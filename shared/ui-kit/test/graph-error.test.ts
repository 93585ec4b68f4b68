import { describe, expect, it } from "vitest";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { COMMON_REASONS } from "@dongting/domain/reasons/common";
import { describeGraphError, graphFailure } from "../src/graph-error";

describe("describeGraphError", () => {
  it("uses extensions.code of GraphQL errors", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: "role required: PARTY_COMMITTEE", extensions: { code: "FORBIDDEN" } }],
    });
    const described = describeGraphError(error, "zh-CN");
    expect(described.kind).toBe("FORBIDDEN");
    expect(described.title).toBe("当前身份无权查看此内容");
    expect(described.detail).toBe("role required: PARTY_COMMITTEE");
  });

  it("reads codes from a non-2xx JSON body", () => {
    const body = JSON.stringify({ errors: [{ message: "token expired", extensions: { code: "UNAUTHENTICATED" } }] });
    const error = new ServerError("Response not successful", {
      response: new Response(body, { status: 400 }),
      bodyText: body,
    });
    const described = describeGraphError(error, "en-US");
    expect(described.kind).toBe("UNAUTHENTICATED");
    expect(described.detail).toBe("token expired");
  });

  it("calls an unreachable server a network error", () => {
    expect(describeGraphError(new TypeError("Failed to fetch"), "zh-CN")).toMatchObject({
      kind: "NETWORK",
      title: "无法连接到社区数据服务",
    });
  });
});

describe("graphFailure", () => {
  const refused = (extensions: Record<string, unknown>) =>
    new CombinedGraphQLErrors({ data: null, errors: [{ message: "server words", extensions }] });
  const TABLE = { SHIFT_FULL: { zh: "该班次已满", en: "This shift is full" } };

  it("words a refusal by its reason from the slice's table, in the UI's language", () => {
    expect(graphFailure(refused({ code: "CONFLICT", reason: "SHIFT_FULL" }), "zh-CN", TABLE)).toMatchObject({
      kind: "CONFLICT",
      reason: "SHIFT_FULL",
      title: "该班次已满",
      message: "server words",
    });
    expect(graphFailure(refused({ code: "CONFLICT", reason: "SHIFT_FULL" }), "en-US", TABLE).title).toBe("This shift is full");
  });

  it("knows the kit's own reasons, falls back to the kind for unknown ones, and lists refused fields", () => {
    expect(graphFailure(refused({ code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" }), "en-US").title).toBe("Your role may not do this");
    expect(graphFailure(refused({ code: "CONFLICT", reason: "SOMETHING_NEW" }), "en-US").title).toBe(
      "The change conflicts with existing data.",
    );
    const invalid = graphFailure(
      refused({ code: "BAD_USER_INPUT", reason: "INVALID_INPUT", fields: [{ field: "input.attendees", constraint: "min" }] }),
      "zh-CN",
    );
    expect(invalid.fields).toEqual([{ field: "input.attendees", constraint: "min" }]);
  });

  it("words the read policy's refusals from the common reasons of @dongting/domain", () => {
    expect(graphFailure(refused({ code: "FORBIDDEN", reason: "READ_ONLY_ACCOUNT" }), "zh-CN").title).toBe(
      COMMON_REASONS.READ_ONLY_ACCOUNT.zh,
    );
    expect(graphFailure(refused({ code: "FORBIDDEN", reason: "READ_ONLY_ACCOUNT" }), "en-US").title).toBe(
      "Integrator accounts are read-only",
    );
    expect(graphFailure(refused({ code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" }), "zh-CN").title).toBe(
      COMMON_REASONS.FIELD_NOT_ALLOWED.zh,
    );
  });
});
