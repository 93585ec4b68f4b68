import type { PeriodicJob } from "@dongting/subgraph-kit";
import { expireClaims } from "./claim-expiry.service.js";

/** Releases 百宝箱 claims older than 3 days; a few minutes late is fine for a 3-day rule. */
export const claimExpiryJob: PeriodicJob = {
  name: "claim expiry",
  intervalMs: Number(process.env.STATION_CLAIM_EXPIRY_INTERVAL_MS ?? 5 * 60_000),
  run: (db, clock) => expireClaims(db, clock.now()),
};
