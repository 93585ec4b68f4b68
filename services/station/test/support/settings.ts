import { expect } from "vitest";
import type { As, TestSubgraph } from "@dongting/subgraph-kit/testing";
import { staff } from "./station.js";

export const UPDATE_ZONE = /* GraphQL */ `
  mutation UpdateZone($id: ID!, $input: ZoneSettingsInput!) {
    updateZone(id: $id, input: $input) {
      id
      capacity
      exclusive
      requiresApproval
      minMinutes
      maxMinutes
      bufferMinutes
      minNoticeHours
      maxDaysAhead
      openingHours {
        weekday
        opens
        closes
      }
    }
  }
`;

export const updateZone = (subgraph: TestSubgraph, id: string, input: Record<string, unknown>, as: As = staff) =>
  subgraph.request(UPDATE_ZONE, { id, input }, as);

/** Changes a zone's settings, failing the test when refused. */
export async function setZone(subgraph: TestSubgraph, id: string, input: Record<string, unknown>) {
  const answer = await updateZone(subgraph, id, input);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.updateZone;
}

/**
 * The zones and their opening hours as seeded, to put back before each test: the suites that change
 * settings leave every other suite's zones as they found them.
 */
export async function zoneSnapshot(subgraph: TestSubgraph): Promise<() => Promise<void>> {
  const zones = await subgraph.db.query(`SELECT * FROM zone`);
  const hours = await subgraph.db.query(`SELECT * FROM zone_opening_hours`);
  return async () => {
    await subgraph.db.transaction(async (manager) => {
      for (const zone of zones) {
        await manager.query(
          `UPDATE zone SET capacity = $2, exclusive = $3, requires_approval = $4, min_minutes = $5, max_minutes = $6,
                  buffer_minutes = $7, min_notice_hours = $8, max_days_ahead = $9 WHERE id = $1`,
          [
            zone.id,
            zone.capacity,
            zone.exclusive,
            zone.requires_approval,
            zone.min_minutes,
            zone.max_minutes,
            zone.buffer_minutes,
            zone.min_notice_hours,
            zone.max_days_ahead,
          ],
        );
      }
      await manager.query(`DELETE FROM zone_opening_hours`);
      for (const row of hours) {
        await manager.query(`INSERT INTO zone_opening_hours (id, zone_id, weekday, opens, closes) VALUES ($1, $2, $3, $4, $5)`, [
          row.id,
          row.zone_id,
          row.weekday,
          row.opens,
          row.closes,
        ]);
      }
    });
  };
}
