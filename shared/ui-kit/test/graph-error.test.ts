import { describe, expect, it } from "vitest";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describeGraphError } from "../src/graph-error";

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
