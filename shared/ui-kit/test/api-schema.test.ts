import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiSchema } from "../testing";

describe("schema/api-schema.graphql", () => {
  it("is the API schema of the committed supergraph (else: pnpm --filter @dongting/ui-kit run schema)", () => {
    const script = fileURLToPath(new URL("../bin/api-schema.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("has no federation machinery left", () => {
    const types = Object.keys(apiSchema().getTypeMap());
    expect(types).toContain("OrgUnit");
    expect(types.filter((name) => name.startsWith("join__") || name.startsWith("link__"))).toEqual([]);
    expect(
      apiSchema()
        .getDirectives()
        .map((directive) => directive.name),
    ).not.toContain("join__type");
  });
});
