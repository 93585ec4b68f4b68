const hex12 = (n: number) => n.toString(16).padStart(12, "0");

/** Seed ids, numbered so tests and the frontends' fixtures can name them. */
export const seedClassId = (k: number): string => `00000000-0005-4000-8000-${hex12(k)}`;
export const seedMeetingId = (n: number): string => `00000000-0005-4001-8000-${hex12(n)}`;
export const seedProposalId = (n: number): string => `00000000-0005-4002-8000-${hex12(n)}`;
export const seedRuleId = (n: number): string => `00000000-0005-4003-8000-${hex12(n)}`;
