import { describe, expect, it } from "vitest";
import { bookingChoices, bookingWindow, meetingSpan, preferredZoneId } from "../src/meeting-booking";
import { meetingInput } from "../src/meeting-input";
import { proposalInput } from "../src/proposal-input";

describe("the proposal form's input", () => {
  it("trims, and names a new rule by its title with its text", () => {
    expect(
      proposalInput({
        title: " 规范院落停车 ",
        body: " 建议制定公约 ",
        ruleMode: "new",
        ruleTitle: " 《院落行车公约》 ",
        ruleText: " 第一条 ",
      }),
    ).toEqual({ title: "规范院落停车", body: "建议制定公约", ruleTitle: "《院落行车公约》", ruleText: "第一条" });
  });

  it("amends a rule by id, for a class, from a request", () => {
    expect(
      proposalInput(
        { title: "t", body: "b", residentClassId: "c1", ruleMode: "amend", ruleId: "r1", ruleTitle: "ignored", ruleText: "x" },
        "req-1",
      ),
    ).toEqual({ title: "t", body: "b", residentClassId: "c1", sourceRequestId: "req-1", ruleId: "r1", ruleText: "x" });
  });

  it("sends no rule fields without a rule, and no class for a community proposal", () => {
    expect(proposalInput({ title: "t", body: "b", residentClassId: null, ruleMode: "none", ruleTitle: "x", ruleText: "y" })).toEqual({
      title: "t",
      body: "b",
    });
  });
});

describe("the meeting form's input", () => {
  const base = {
    kind: "CLASS_COMMITTEE" as const,
    title: " 6月班委会 ",
    residentClassId: "c1",
    date: "2026-06-20",
    start: "19:00",
    end: "20:30",
  };

  it("reads the day and times on the community's clock", () => {
    expect(meetingInput({ ...base, proposalIds: ["p1"] })).toEqual({
      input: {
        kind: "CLASS_COMMITTEE",
        title: "6月班委会",
        residentClassId: "c1",
        startsAt: "2026-06-20T11:00:00.000Z",
        endsAt: "2026-06-20T12:30:00.000Z",
        proposalIds: ["p1"],
      },
    });
  });

  it("points at the station booking chosen, and at none without one", () => {
    expect(meetingInput({ ...base, bookingId: "b1" })).toMatchObject({ input: { bookingId: "b1" } });
    for (const bookingId of [undefined, null, ""]) {
      const built = meetingInput({ ...base, bookingId });
      expect("input" in built && "bookingId" in built.input).toBe(false);
    }
  });

  it("names no class for a 班长议事会 session, and requires one for a class committee", () => {
    const council = meetingInput({ ...base, kind: "MONITORS_COUNCIL" });
    expect(council).toMatchObject({ input: { kind: "MONITORS_COUNCIL" } });
    expect("input" in council && "residentClassId" in council.input).toBe(false);
    expect(meetingInput({ ...base, residentClassId: null })).toEqual({ problem: "classRequired" });
  });

  it("words malformed days and times and an end not after the start", () => {
    expect(meetingInput({ ...base, date: "6月20日" })).toEqual({ problem: "dateHint" });
    expect(meetingInput({ ...base, start: "7pm" })).toEqual({ problem: "timeHint" });
    expect(meetingInput({ ...base, end: "18:00" })).toEqual({ problem: "endAfterStart" });
    expect(meetingInput({ ...base, start: "06:00", end: "19:00" })).toEqual({ problem: "meetingTooLong" });
  });
});

describe("the meeting form's 议事厅 booking", () => {
  const booking = (id: string, startsAt: string, endsAt: string, status = "CONFIRMED") => ({ id, startsAt, endsAt, status });

  it("looks in the 议事厅 first, else in no zone", () => {
    expect(
      preferredZoneId([
        { id: "z1", name: "阅览室" },
        { id: "z6", name: "议事厅" },
      ]),
    ).toBe("z6");
    expect(preferredZoneId([{ id: "z1", name: "阅览室" }])).toBeUndefined();
  });

  it("asks for the meeting's day on the community's clock", () => {
    expect(bookingWindow("2026-06-17")).toEqual({ from: "2026-06-16T16:00:00.000Z", to: "2026-06-17T16:00:00.000Z" });
    expect(bookingWindow("6月17日")).toBeNull();
    expect(bookingWindow(undefined)).toBeNull();
  });

  it("offers the bookings overlapping the meeting, earliest first, none cancelled or rejected", () => {
    const span = meetingSpan("2026-06-17", "19:00", "20:30");
    expect(span).toEqual({ startsAt: new Date("2026-06-17T11:00:00.000Z"), endsAt: new Date("2026-06-17T12:30:00.000Z") });
    const day = [
      booking("late", "2026-06-17T12:00:00.000Z", "2026-06-17T13:00:00.000Z"),
      booking("early", "2026-06-17T10:00:00.000Z", "2026-06-17T11:30:00.000Z", "PENDING"),
      booking("before", "2026-06-17T09:00:00.000Z", "2026-06-17T11:00:00.000Z"),
      booking("after", "2026-06-17T12:30:00.000Z", "2026-06-17T13:00:00.000Z"),
      booking("cancelled", "2026-06-17T11:00:00.000Z", "2026-06-17T12:00:00.000Z", "CANCELLED"),
      booking("rejected", "2026-06-17T11:00:00.000Z", "2026-06-17T12:00:00.000Z", "REJECTED"),
    ];
    expect(bookingChoices(day, span).map((b) => b.id)).toEqual(["early", "late"]);
    // Times that do not read yet: the whole day's.
    expect(meetingSpan("2026-06-17", "7pm", "20:30")).toBeNull();
    expect(meetingSpan("2026-06-17", "20:30", "19:00")).toBeNull();
    expect(bookingChoices(day, null).map((b) => b.id)).toEqual(["before", "early", "late", "after"]);
  });
});
