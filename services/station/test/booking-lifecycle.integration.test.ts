import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { APPROVE, book, booked, CANCEL, CHECK_IN, children, expectBookingRefused, meeting, NOW, REJECT } from "./support/booking.js";
import { at, neighbour, resident, resetStation, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

const statusOf = async (id: string) => (await subgraph.db.query(`SELECT status FROM booking WHERE id = $1`, [id]))[0].status;

describe("approvals", () => {
  it("starts a booking of the children's room PENDING; station staff approve it", async () => {
    const asked = await book(subgraph, children("2026-03-07T09:00", "2026-03-07T10:30"), resident);
    const booking = asked.data!.bookZone[0];
    expect(booking.status).toBe("PENDING");
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(APPROVE, { id: booking.id }, resident),
      "FORBIDDEN",
      "ROLE_NOT_ALLOWED",
    );
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(APPROVE, { id: booking.id }), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    const approved = await subgraph.request(APPROVE, { id: booking.id }, staff);
    expect(approved.data!.approveBooking.status).toBe("CONFIRMED");
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(APPROVE, { id: booking.id }, staff),
      "CONFLICT",
      "WRONG_BOOKING_STATUS",
    );
  });

  it("refuses to approve a pending booking that started more than 30 minutes ago", async () => {
    const id = await booked(subgraph, children("2026-03-07T09:00", "2026-03-07T10:30"), resident);
    subgraph.clock.set(at("2026-03-07T09:31"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(APPROVE, { id }, staff), "CONFLICT", "APPROVAL_TOO_LATE");
    expect(await statusOf(id)).toBe("PENDING");
  });

  it("holds the room while pending: an overlapping request is refused", async () => {
    await booked(subgraph, children("2026-03-08T09:00", "2026-03-08T10:00"), resident);
    await expectBookingRefused(subgraph, children("2026-03-08T09:30", "2026-03-08T11:00"), "CONFLICT", "BOOKING_OVERLAP", neighbour);
  });

  it("rejects with a reason, which frees the room", async () => {
    const id = await booked(subgraph, children("2026-03-14T09:00", "2026-03-14T10:00"), resident);
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(REJECT, { id, reason: "  " }, staff), "BAD_USER_INPUT", "TEXT_BLANK");
    const rejected = await subgraph.request(REJECT, { id, reason: "当天有消防检查" }, staff);
    expect(rejected.data!.rejectBooking).toEqual({ id, status: "REJECTED", decisionNote: "当天有消防检查" });
    await booked(subgraph, children("2026-03-14T09:00", "2026-03-14T10:00"), neighbour);
  });

  it("gives NOT_FOUND for an unknown booking", async () => {
    expectRefused(await subgraph.request(APPROVE, { id: "5f0c7a52-0000-4000-8000-000000000000" }, staff), "NOT_FOUND", "NOT_FOUND");
    expectRefused(await subgraph.request(APPROVE, { id: "nope" }, staff), "NOT_FOUND", "NOT_FOUND");
  });
});

describe("cancel and check-in", () => {
  it("lets the organiser cancel, not a neighbour, and frees the slot", async () => {
    const id = await booked(subgraph, meeting("2026-03-10T09:00", "2026-03-10T10:00"), resident);
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CANCEL, { id }, neighbour), "FORBIDDEN", "NOT_ORGANISER");
    expect((await subgraph.request(CANCEL, { id }, resident)).data!.cancelBooking.status).toBe("CANCELLED");
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CANCEL, { id }, resident), "CONFLICT", "WRONG_BOOKING_STATUS");
    await booked(subgraph, meeting("2026-03-10T09:00", "2026-03-10T10:00"), neighbour);
  });

  it("refuses to cancel a booking that is over", async () => {
    const id = await booked(subgraph, meeting("2026-03-10T09:00", "2026-03-10T10:00"), resident);
    subgraph.clock.set(at("2026-03-10T10:00"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CANCEL, { id }, staff), "CONFLICT", "BOOKING_ENDED");
  });

  it("opens check-in from 15 minutes before the start to 30 minutes after it", async () => {
    const id = await booked(subgraph, meeting("2026-03-11T10:00", "2026-03-11T11:00"), resident);
    const late = await booked(subgraph, meeting("2026-03-11T14:00", "2026-03-11T15:00"), resident);
    subgraph.clock.set(at("2026-03-11T09:44"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CHECK_IN, { id }, resident), "CONFLICT", "CHECK_IN_NOT_OPEN");
    subgraph.clock.set(at("2026-03-11T09:50"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CHECK_IN, { id }, neighbour), "FORBIDDEN", "NOT_ORGANISER");
    const checked = await subgraph.request(CHECK_IN, { id }, resident);
    expect(checked.data!.checkInBooking).toMatchObject({ status: "CHECKED_IN", checkedInAt: "2026-03-11T01:50:00.000Z" });
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CHECK_IN, { id }, resident), "CONFLICT", "WRONG_BOOKING_STATUS");

    subgraph.clock.set(at("2026-03-11T14:31"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CHECK_IN, { id: late }, staff), "CONFLICT", "CHECK_IN_CLOSED");
  });

  it("refuses to check in a booking still awaiting approval", async () => {
    const input = {
      zoneId: ZONE.MULTIPURPOSE,
      title: "广场舞排练",
      startsAt: at("2026-03-12T09:00"),
      endsAt: at("2026-03-12T10:00"),
      attendees: 30,
    };
    const id = await booked(subgraph, input, resident);
    subgraph.clock.set(at("2026-03-12T09:00"));
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(CHECK_IN, { id }, staff), "CONFLICT", "WRONG_BOOKING_STATUS");
  });
});

describe("the no-show sweep", () => {
  it("marks bookings not checked in 30 minutes after the start NO_SHOW, and only staff run it", async () => {
    const id = await booked(subgraph, meeting("2026-03-13T09:00", "2026-03-13T11:00"), resident);
    subgraph.clock.set(at("2026-03-13T09:30"));
    expect((await subgraph.request(`mutation { sweepNoShows }`, {}, staff)).data!.sweepNoShows).toBe(0);
    expect(await statusOf(id)).toBe("CONFIRMED");
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(`mutation { sweepNoShows }`, {}, resident),
      "FORBIDDEN",
      "ROLE_NOT_ALLOWED",
    );
    subgraph.clock.set(at("2026-03-13T09:31"));
    expect((await subgraph.request(`mutation { sweepNoShows }`, {}, staff)).data!.sweepNoShows).toBe(1);
    expect(await statusOf(id)).toBe("NO_SHOW");
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1 ORDER BY at`, [id]);
    expect(history).toEqual([
      { action: "BOOKED", actor_id: resident.personId },
      { action: "NO_SHOW", actor_id: staff.personId },
    ]);
  });

  it("rejects a booking never approved once its start is 30 minutes past", async () => {
    const id = await booked(subgraph, children("2026-03-07T09:00", "2026-03-07T10:00"), resident);
    subgraph.clock.set(at("2026-03-07T09:31"));
    expect((await subgraph.request(`mutation { sweepNoShows }`, {}, staff)).data!.sweepNoShows).toBe(1);
    const [row] = await subgraph.db.query(`SELECT status, decision_note FROM booking WHERE id = $1`, [id]);
    expect(row).toEqual({ status: "REJECTED", decision_note: "未在开始前审批 (not approved in time)" });
  });

  it("frees the zone: a booking over an unattended one succeeds once its check-in window has passed", async () => {
    const first = await booked(subgraph, meeting("2026-03-16T09:00", "2026-03-16T11:00"), resident);
    subgraph.clock.set(at("2026-03-16T09:20"));
    await expectBookingRefused(subgraph, meeting("2026-03-16T10:00", "2026-03-16T11:00"), "CONFLICT", "BOOKING_OVERLAP", neighbour);
    subgraph.clock.set(at("2026-03-16T09:40"));
    await booked(subgraph, meeting("2026-03-16T10:00", "2026-03-16T11:00"), neighbour);
    expect(await statusOf(first)).toBe("NO_SHOW");
  });
});
