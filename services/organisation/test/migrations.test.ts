import { describe, expect, it } from "vitest";
import { checkMigrationDrift } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";

describe("migrations", () => {
  it("build exactly the schema the entities describe (the limits from @dongting/domain included)", async () => {
    expect(await checkMigrationDrift(definition)).toEqual([]);
  });
});
