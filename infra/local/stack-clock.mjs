// The time a stack runs on. A test stack lives on a fixed day so no test depends on the date it runs: every
// subgraph starts a ShiftedClock (the kit's clockFromEnv) at the stack's reading and serves POST /debug/clock,
// so a test can move the whole stack's time at once.

/**
 * Where a test stack's clock starts unless told otherwise: the kit's TEST_NOW (shared/subgraph-kit/src/testing),
 * Monday 2026-06-15 10:00 in Dongting, repeated here because infra's plain scripts do not import the kit.
 */
export const TEST_CLOCK_START = "2026-06-15T02:00:00.000Z";

/**
 * The stack's own reading of its time: starts at `start` and moves on with real time, like each subgraph's
 * ShiftedClock. A subgraph that starts (or restarts) later starts at the current reading, so all agree.
 * @param {string} start an ISO instant
 */
export function createStackClock(start) {
  const offsetFrom = (instant) => {
    const at = Date.parse(instant);
    if (Number.isNaN(at)) throw new Error(`the stack clock takes an ISO instant, not "${instant}"`);
    return at - Date.now();
  };
  let offsetMs = offsetFrom(start);
  const now = () => new Date(Date.now() + offsetMs).toISOString();
  return {
    now,
    /** @param {string} instant */
    set(instant) {
      offsetMs = offsetFrom(instant);
    },
    /** The environment that starts a subgraph on this clock, with the test-only clock route. */
    subgraphEnv: () => ({ CLOCK_START: now(), CLOCK_ENDPOINT: "1" }),
  };
}

/**
 * Moves each running subgraph's clock to `at` (POST /debug/clock) and returns each one's new reading.
 * @param {Record<string, string>} baseUrls subgraph name -> http://host:port
 * @param {string} at an ISO instant
 */
export async function setSubgraphClocks(baseUrls, at) {
  const entries = await Promise.all(
    Object.entries(baseUrls).map(async ([name, baseUrl]) => {
      const response = await fetch(`${baseUrl}/debug/clock`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ at }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`${name} refused to move its clock to ${at}: ${response.status} ${JSON.stringify(body)}`);
      return [name, body.now];
    }),
  );
  return Object.fromEntries(entries);
}
