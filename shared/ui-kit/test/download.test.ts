import { describe, expect, it } from "vitest";
import { DownloadFailure, fetchFile } from "../src/download";

describe("downloads from the gateway", () => {
  it("send the bearer token and hand back the file", async () => {
    const seen: Array<{ url: string; authorization: string | null }> = [];
    const gateway = (async (input: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(input), authorization: new Headers(init?.headers).get("authorization") });
      return new Response("\uFEFF编号,提交时间\r\n", { status: 200, headers: { "content-type": "text/csv; charset=utf-8" } });
    }) as typeof fetch;
    const blob = await fetchFile("http://localhost:4000/exports/requests.csv?from=x", "token-1", gateway);
    expect(seen).toEqual([{ url: "http://localhost:4000/exports/requests.csv?from=x", authorization: "Bearer token-1" }]);
    expect(await blob.text()).toContain("编号,提交时间");
  });

  it("turn the gateway's refusal into its code and reason", async () => {
    const refusing = (async () =>
      new Response(JSON.stringify({ code: "BAD_USER_INPUT", reason: "TIME_WINDOW_TOO_LONG", message: "时间范围过长 (window too long)" }), {
        status: 400,
        headers: { "content-type": "application/json" },
      })) as typeof fetch;
    const failure = await fetchFile("http://localhost:4000/exports/requests.csv", "t", refusing).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DownloadFailure);
    expect(failure).toMatchObject({ status: 400, code: "BAD_USER_INPUT", reason: "TIME_WINDOW_TOO_LONG" });
    const notJson = (async () => new Response("<html>bad gateway</html>", { status: 502 })) as typeof fetch;
    expect(await fetchFile("http://x/exports/requests.csv", null, notJson).catch((error: unknown) => error)).toMatchObject({
      status: 502,
      reason: null,
      message: "HTTP 502",
    });
  });
});
