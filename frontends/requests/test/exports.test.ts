import { describe, expect, it } from "vitest";
import { metricsPeriodWindow } from "@dongting/domain/requests-metrics";
import { exportFileName, exportUrl } from "../src/exports/exports";

/** Monday 2026-06-15 10:00 in Dongting, the tests' clock. */
const NOW = new Date("2026-06-15T02:00:00.000Z");
const JUNE = metricsPeriodWindow("thisMonth", NOW);

describe("request exports", () => {
  it("ask the gateway that serves the graph, with the window and the filter as query parameters", () => {
    const url = new URL(
      exportUrl("http://localhost:4000/graphql", "csv", {
        window: JUNE,
        communityId: "c-1",
        status: ["ASSIGNED", "IN_PROGRESS"],
        category: "设施维修",
        gridId: "g-1",
      }),
    );
    expect(url.origin + url.pathname).toBe("http://localhost:4000/exports/requests.csv");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: "2026-05-31T16:00:00.000Z",
      to: "2026-06-30T16:00:00.000Z",
      communityId: "c-1",
      status: "ASSIGNED,IN_PROGRESS",
      category: "设施维修",
      gridId: "g-1",
    });
  });

  it("leave out what the page does not filter by, and resolve a relative endpoint against the page", () => {
    const url = new URL(
      exportUrl("/graphql", "xlsx", { window: JUNE, communityId: null, status: [] }, "https://dongting.example/requests/"),
    );
    expect(url.origin + url.pathname).toBe("https://dongting.example/exports/requests.xlsx");
    expect([...url.searchParams.keys()]).toEqual(["from", "to"]);
  });

  it("name the file by the window's months", () => {
    expect(exportFileName("csv", JUNE)).toBe("诉求-2026-06.csv");
    expect(exportFileName("xlsx", metricsPeriodWindow("last12", NOW))).toBe("诉求-2025-07至2026-06.xlsx");
    expect(exportFileName("csv", metricsPeriodWindow("lastYear", NOW))).toBe("诉求-2025-01至2025-12.csv");
  });
});
