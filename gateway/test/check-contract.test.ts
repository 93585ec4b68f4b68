import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { compareWithBaseline, describeProblem, formatBaseline, parseBaseline } from "../src/contract/baseline.js";
import { compareWithContract } from "../src/contract/check-contract.js";
import { buildContractSchema, readContractFiles, withoutExtensionDescriptions } from "../src/contract/contract-files.js";

const core = (sdl: string) => ({ name: "core.graphql", sdl });
const gapsOf = (files: Parameters<typeof compareWithContract>[0], actualSdl: string) =>
  compareWithContract(files, buildSchema(actualSdl)).map(describeProblem);

describe("contract check on one file", () => {
  it("accepts a composed schema that has everything, with stricter outputs and extra parts", () => {
    const contract = core(`type Query { unit(id: ID!): Unit units: [Unit] } type Unit { id: ID! name: String }`);
    const actual = `type Query { unit(id: ID!): Unit units: [Unit!]! extra: Int } type Unit { id: ID! name: String! code: String }`;
    expect(gapsOf([contract], actual)).toEqual([]);
  });

  it("reports missing types, fields and arguments, and looser or different types", () => {
    const contract = core(`
      type Query { unit(id: ID!, at: String): Unit! units: [Unit!]! }
      type Unit { id: ID! name: String! }
      type Grid { id: ID! }`);
    const actual = `type Query { unit(id: String!): Unit units: [Unit] } type Unit { id: ID! }`;
    expect(gapsOf([contract], actual)).toEqual([
      "core.graphql: mismatch field Query.unit (contract Unit!, composed Unit)",
      "core.graphql: mismatch argument Query.unit(id) (contract ID!, composed String!)",
      "core.graphql: missing argument Query.unit(at)",
      "core.graphql: mismatch field Query.units (contract [Unit!]!, composed [Unit])",
      "core.graphql: missing field Unit.name",
      "core.graphql: missing type Grid",
    ]);
  });

  it("reports input fields, enum values, union members and a different kind of type", () => {
    const contract = core(`
      type Query { find(filter: Filter): Found }
      input Filter { kind: Kind! text: String }
      enum Kind { A B }
      union Found = Unit | Grid
      type Unit { id: ID! } type Grid { id: ID! }
      type Zone { id: ID! }`);
    const actual = `
      type Query { find(filter: Filter): Found }
      input Filter { kind: Kind }
      enum Kind { A }
      union Found = Unit
      type Unit { id: ID! } type Grid { id: ID! }
      input Zone { id: ID! }`;
    expect(gapsOf([contract], actual)).toEqual([
      "core.graphql: mismatch input field Filter.kind (contract Kind!, composed Kind)",
      "core.graphql: missing input field Filter.text",
      "core.graphql: missing enum value Kind.B",
      "core.graphql: missing union member Found.Grid",
      "core.graphql: mismatch type Zone (a different kind of type)",
    ]);
  });
});

describe("contract check on several files read as one document", () => {
  const files = [
    core(`type Query { unit: Unit } type Unit { id: ID! } enum Kind { A } input Filter { kind: Kind } union Found = Unit`),
    {
      name: "council.graphql",
      sdl: `type Meeting { id: ID! unit: Unit! }
        extend type Query { meetings(filter: Filter): [Meeting!]! }
        extend union Found = Meeting`,
    },
    {
      name: "tenancy.graphql",
      sdl: `extend type Unit { community: String }
        extend enum Kind { COMMUNITY }
        extend input Filter { communityId: ID }`,
    },
  ];

  it("puts every gap under the file that asks for it, in the order of the files", () => {
    const actual = `type Query { unit: Unit } type Unit { id: ID! } enum Kind { A } input Filter { kind: Kind } union Found = Unit`;
    expect(gapsOf(files, actual)).toEqual([
      "council.graphql: missing field Query.meetings",
      "council.graphql: missing union member Found.Meeting",
      "council.graphql: missing type Meeting",
      "tenancy.graphql: missing field Unit.community",
      "tenancy.graphql: missing enum value Kind.COMMUNITY",
      "tenancy.graphql: missing input field Filter.communityId",
    ]);
  });

  it("has no gaps once every capability is built", () => {
    const actual = `type Query { unit: Unit meetings(filter: Filter): [Meeting!]! }
      type Unit { id: ID! community: String } type Meeting { id: ID! unit: Unit! }
      enum Kind { A COMMUNITY } input Filter { kind: Kind communityId: ID } union Found = Unit | Meeting`;
    expect(gapsOf(files, actual)).toEqual([]);
  });

  it("refuses a capability file that redefines a type of another file", () => {
    expect(() => buildContractSchema([files[0], { name: "staff.graphql", sdl: "type Unit { id: ID! }" }])).toThrow(/Unit/);
  });

  it("reads a description written on an extension as a comment, keeping lines and columns", () => {
    const sdl = `"""\nBlock.\n"""\nextend type Unit { a: Int }\n"Kept." type Grid { id: ID! }\n"One line." extend type Grid { b: Int }`;
    const cleaned = withoutExtensionDescriptions(sdl);
    expect(cleaned).toHaveLength(sdl.length);
    expect(cleaned.split("\n").map((line) => line.length)).toEqual(sdl.split("\n").map((line) => line.length));
    expect(cleaned).not.toContain("Block.");
    expect(cleaned).not.toContain("One line.");
    expect(cleaned).toContain('"Kept." type Grid');
    const schema = buildContractSchema([core("type Query { unit: Unit } type Unit { id: ID! }"), { name: "x.graphql", sdl }]);
    expect(schema.getType("Grid")?.description).toBe("Kept.");
  });
});

describe("contract folder", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("reads core.graphql first, then the other .graphql files by name, and nothing else", () => {
    dir = mkdtempSync(join(tmpdir(), "contract-"));
    for (const name of ["tenancy.graphql", "core.graphql", "council.graphql", "notes.txt"]) writeFileSync(join(dir, name), `# ${name}`);
    expect(readContractFiles(dir).map((file) => [file.name, file.sdl])).toEqual([
      ["core.graphql", "# core.graphql"],
      ["council.graphql", "# council.graphql"],
      ["tenancy.graphql", "# tenancy.graphql"],
    ]);
  });

  it("refuses a folder without core.graphql", () => {
    dir = mkdtempSync(join(tmpdir(), "contract-"));
    writeFileSync(join(dir, "council.graphql"), "type Meeting { id: ID! }");
    expect(() => readContractFiles(dir)).toThrow(/core\.graphql/);
  });

  it("builds the project's contract (../shared/contract) as one valid schema with every capability in it", () => {
    const files = readContractFiles();
    expect(files[0].name).toBe("core.graphql");
    expect(files.length).toBeGreaterThan(1);
    const schema = buildContractSchema(files);
    const queryFields = schema.getQueryType()?.getFields() ?? {};
    for (const file of files.slice(1)) {
      const fromFile = Object.values(queryFields).filter((field) => field.astNode?.loc?.source.name === file.name);
      const typesFromFile = Object.values(schema.getTypeMap()).filter((type) => type.astNode?.loc?.source.name === file.name);
      expect(fromFile.length + typesFromFile.length, file.name).toBeGreaterThan(0);
    }
  });
});

describe("contract baseline", () => {
  const problems = [
    { file: "council.graphql", kind: "missing" as const, where: "type Meeting" },
    { file: "tenancy.graphql", kind: "mismatch" as const, where: "field Unit.id", detail: "contract ID!, composed ID" },
  ];

  it("writes one gap a line under its contract file and reads back exactly those lines", () => {
    const text = formatBaseline(problems);
    expect(text).toMatch(/^# /);
    expect(text.split("\n")).toContain("tenancy.graphql: mismatch field Unit.id (contract ID!, composed ID)");
    expect(parseBaseline(text)).toEqual([
      "council.graphql: missing type Meeting",
      "tenancy.graphql: mismatch field Unit.id (contract ID!, composed ID)",
    ]);
  });

  it("tells new gaps (regressions) from listed gaps that closed", () => {
    const baseline = ["council.graphql: missing type Meeting", "privacy.graphql: missing type PersonalDataAccess"];
    const gaps = ["council.graphql: missing type Meeting", "core.graphql: missing field Unit.name"];
    expect(compareWithBaseline(gaps, baseline)).toEqual({
      regressions: ["core.graphql: missing field Unit.name"],
      resolved: ["privacy.graphql: missing type PersonalDataAccess"],
    });
    expect(compareWithBaseline(baseline, baseline)).toEqual({ regressions: [], resolved: [] });
  });
});
