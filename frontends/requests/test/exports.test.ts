import { describe, expect, it } from "vitest";
import { metricsPeriodWindow } from "@dongting/domain/requests-metrics";
import { ExportFailure, exportFileName, exportUrl, fetchExport } from "../src/exports/exports";

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

  it("send the bearer token and hand back the file", async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const gateway = (async (input: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(input), authorization: new Headers(init?.headers).get("authorization") });
      return new Response("\uFEFF编号,提交时间\r\n", { status: 200, headers: { "content-type": "text/csv; charset=utf-8" } });
    }) as typeof fetch;
    const blob = await fetchExport("http://localhost:4000/exports/requests.csv?from=x", "token-1", gateway);
    expect(seen).toEqual([{ url: "http://localhost:4000/exports/requests.csv?from=x", authorization: "Bearer token-1" }]);
    expect(await blob.text()).toContain("编号,提交时间");
  });

  it("turn the gateway's refusal into its code and reason", async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ code: "BAD_USER_INPUT", reason: "TIME_WINDOW_TOO_LONG", message: "时间范围过长 (window too long)" }), {
        status: 400,
        headers: { "content-type": "application/json" },
      })) as typeof fetch;
    const failure = await fetchExport("http://localhost:4000/exports/requests.csv", "t", refusing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExportFailure);
    expect(failure).toMatchObject({ status: 400, code: "BAD_USER_INPUT", reason: "TIME_WINDOW_TOO_LONG" });
    const notJson = (async () => new Response("<html>bad gateway</html>", { status: 502 })) as typeof fetch;
    expect(await fetchExport("http://x/exports/requests.csv", null, notJson).catch((error: unknown) => error)).toMatchObject({
      status: 502,
      reason: null,
      message: "HTTP 502",
    });
  });
});
