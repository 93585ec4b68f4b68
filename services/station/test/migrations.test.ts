import { describe, expect, it } from "vitest";
import { checkMigrationDrift } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";

describe("the station's migrations", () => {
  it("build exactly the schema the entities describe", async () => {
    expect(await checkMigrationDrift(definition)).toEqual([]);
  });
});
