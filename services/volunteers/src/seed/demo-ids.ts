/**
 * Fixed ids of the volunteers demo data, so other seeds (requests: patrol shifts; station: team
 * bookings) can refer to them as they refer to people through `demoPersonId`. Candidates for the kit.
 */
const hex12 = (n: number) => n.toString(16).padStart(12, "0");

/** Team number n (1-based) of the catalogue in dongting.seed.ts; 1 is the Qibao patrol. */
export const demoTeamId = (n: number) => `00000000-0003-4000-8000-${hex12(n)}`;
/** The volunteer record of demo person n. */
export const demoVolunteerId = (personIndex: number) => `00000000-0003-4001-8000-${hex12(personIndex)}`;
/** Shift number n of the seed, in the order they are generated. */
export const demoShiftId = (n: number) => `00000000-0003-4002-8000-${hex12(n)}`;
