import { describe, expect, it } from "vitest";
import { PERSONAS, findPersona, isPersonaKey } from "../src/personas";

describe("demo personas", () => {
  it("sign in as the people the organisation seed registers", () => {
    expect(PERSONAS.map((p) => [p.key, p.seedName, p.roles, p.personId])).toEqual([
      ["party-secretary", "王建国", ["PARTY_COMMITTEE"], "00000000-0000-4000-8000-000000000001"],
      ["community-staff", "李敏", ["COMMUNITY_STAFF"], "00000000-0000-4000-8000-000000000002"],
      ["station-staff", "张丽", ["STATION_STAFF"], "00000000-0000-4000-8000-000000000003"],
      ["resident", "陈晓", ["RESIDENT"], "00000000-0000-4000-8000-000000000004"],
      ["volunteer", "刘洋", ["VOLUNTEER"], "00000000-0000-4000-8000-000000000005"],
      ["grid-leader", "赵强", ["GRID_LEADER"], "00000000-0000-4000-8000-000000000006"],
      ["street-staff", "孙建华", ["COMMUNITY_STAFF"], "00000000-0000-4000-8000-000000000007"],
    ]);
  });

  it("are found by key", () => {
    expect(findPersona("grid-leader")?.personId).toBe("00000000-0000-4000-8000-000000000006");
    expect(findPersona("nobody")).toBeUndefined();
    expect(isPersonaKey("resident")).toBe(true);
    expect(isPersonaKey("party-secretary ")).toBe(false);
  });
});
