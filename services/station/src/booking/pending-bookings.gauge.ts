import type { DomainGauge } from "@dongting/subgraph-kit";

/** /metrics: bookings waiting for staff to confirm or reject them; a growing number means nobody is. */
export const pendingBookingsGauge: DomainGauge = {
  name: "dongting_station_bookings_pending",
  help: "Station bookings in PENDING, waiting for a decision",
  async collect(db) {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM booking WHERE status = 'PENDING'`)) as Array<{ n: number }>;
    return [{ value: Number(row?.n ?? 0) }];
  },
};
