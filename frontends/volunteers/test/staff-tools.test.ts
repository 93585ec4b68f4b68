import { describe, expect, it } from "vitest";
import { certificatePdfUrl, serviceTimeExportUrl, serviceTimeFileName } from "../src/downloads";
import { certificatePeriod } from "../src/components/CertificatesCard";
import { shiftFeedUrl } from "../src/components/CalendarFeedCard";
import { instantOf, localParts, spanOf } from "../src/local-input";

const GRAPHQL = "http://localhost:4000/graphql";

describe("dates typed on the community's clock", () => {
  it("reads a day and a time as Asia/Shanghai, and writes them back", () => {
    expect(instantOf("2026-06-15", "08:30")?.toISOString()).toBe("2026-06-15T00:30:00.000Z");
    expect(localParts("2026-06-15T00:30:00.000Z")).toEqual({ date: "2026-06-15", time: "08:30" });
    expect(instantOf("2026-6-15", "08:30")).toBeNull();
    expect(instantOf("2026-06-15", "8点")).toBeNull();
  });

  it("puts an end at or before the start on the next day (a night patrol)", () => {
    const span = spanOf("2026-06-15", "22:00", "02:00")!;
    expect(span.startsAt.toISOString()).toBe("2026-06-15T14:00:00.000Z");
    expect(span.endsAt.toISOString()).toBe("2026-06-15T18:00:00.000Z");
  });
});

describe("gateway files", () => {
  it("asks the service-time export for the period and one team or volunteer", () => {
    const from = new Date("2026-05-31T16:00:00.000Z");
    const to = new Date("2026-06-30T16:00:00.000Z");
    const url = new URL(serviceTimeExportUrl(GRAPHQL, "xlsx", { from, to, teamId: "t1" }));
    expect(url.pathname).toBe("/exports/service-time.xlsx");
    expect(Object.fromEntries(url.searchParams)).toEqual({ from: from.toISOString(), to: to.toISOString(), teamId: "t1" });
    expect(serviceTimeFileName("csv", { from, to })).toBe("服务时长-2026-06-01至2026-06-30.csv");
  });

  it("resolves the certificate's relative pdfUrl and the feed address against the gateway", () => {
    expect(certificatePdfUrl(GRAPHQL, { id: "c1", pdfUrl: "/exports/certificates/c1.pdf" })).toBe(
      "http://localhost:4000/exports/certificates/c1.pdf",
    );
    expect(certificatePdfUrl("/graphql", { id: "c1", pdfUrl: "" }, "http://shell.local/volunteers/me")).toBe(
      "http://shell.local/exports/certificates/c1.pdf",
    );
    expect(shiftFeedUrl(GRAPHQL, "abc")).toBe("http://localhost:4000/calendars/shifts/abc.ics");
  });
});

describe("a certificate's period", () => {
  const now = new Date("2026-06-15T02:00:00.000Z"); // 10:00 local

  it("runs from the first day to the end of the last, ending now at the latest", () => {
    expect(certificatePeriod("2026-06-01", "2026-06-10", now)).toEqual({
      from: new Date("2026-05-31T16:00:00.000Z"),
      to: new Date("2026-06-10T16:00:00.000Z"),
    });
    expect(certificatePeriod("2026-06-01", "2026-06-15", now)?.to).toEqual(now);
    expect(certificatePeriod("2026-06-10", "2026-06-01", now)).toBeNull();
  });
});
