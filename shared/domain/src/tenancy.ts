/** Rules of many communities (issue 11) the frontends and the organisation subgraph share. */

/** A community code: 2 to 8 capital letters (the prefix of its request codes, e.g. DT-2026-000123). */
export const COMMUNITY_CODE_MAX = 8;
export const COMMUNITY_CODE_PATTERN = /^[A-Z]{2,8}$/;
/** The same pattern as PostgreSQL writes it in the community table's CHECK. */
export const COMMUNITY_CODE_PATTERN_SQL = "^[A-Z]{2,8}$";

/** GRID: that grid. ORG_UNIT: that unit and below. COMMUNITY: the community. STREET: its communities. GLOBAL: everywhere. */
export const SCOPE_KINDS = ["GRID", "ORG_UNIT", "COMMUNITY", "STREET", "GLOBAL"] as const;
export type ScopeKindName = (typeof SCOPE_KINDS)[number];

/** The most places one page of the geography feed holds (the kit's pull asks for exactly this many). */
export const GEOGRAPHY_FEED_PAGE_MAX = 500;
