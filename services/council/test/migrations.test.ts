import { describe, expect, it } from "vitest";
import { checkMigrationDrift } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";

describe(`migrations (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("build exactly the schema the entities describe (the limits of @dongting/domain/council included)", async () => {
    expect(await checkMigrationDrift(definition)).toEqual([]);
  });
});
