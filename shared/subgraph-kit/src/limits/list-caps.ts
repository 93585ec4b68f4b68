/**
 * How long each list of the graph without a `first` argument can be, for the cost estimate (cost.ts).
 * Keyed by `Type.field`, the same at the gateway (composed schema) and in each subgraph (its own schema);
 * `gateway/test/operation-limits.supergraph.test.ts` fails when a list of the composed graph is missing here.
 * Where a rule of the slice bounds a list the cap is that rule; elsewhere it is a declared maximum well
 * above the Dongting data (noted), and a slice whose data outgrows one must page the field or raise it here.
 */
export type ListCap = FixedCap | WindowCap;

export interface FixedCap {
  /** At most this many items per parent. */
  cap: number;
  /** At most this many (parent, item) pairs exist in all: however many parents, no more items than this. */
  total?: number;
  /**
   * Every item has at most one parent through this field (a tree's children): items under distinct parents
   * are distinct, so the `total` of the tree fields below holds too (see tree-bound.ts).
   */
  tree?: true;
  why: string;
}

/** A list over the time window `from`..`to`: items overlapping it, at most `perDay` a day. */
export interface WindowCap {
  perDay: number;
  /** The longest window the service accepts, in days. */
  maxDays: number;
  /** How long one item can last, in days: items begun before `from` still overlap the window. */
  spanDays: number;
  /** At most this many items a day for all parents together (all zones' bookings): bounds a list of parents. */
  totalPerDay?: number;
  why: string;
}

export type ListCaps = Readonly<Record<string, ListCap>>;

/** The party tree: kinds nest strictly in at most 5 levels; Dongting has 204 units, a whole street fits. */
const PARTY_UNITS = 1000;
/** Team memberships in all (a volunteer may be in several teams); Dongting has about 1,800. */
const TEAM_MEMBERSHIPS = 5000;

export const LIST_CAPS: ListCaps = {
  // organisation
  "Query.orgRoots": { cap: 10, total: PARTY_UNITS, tree: true, why: "one street working committee per street" },
  "OrgUnit.children": { cap: 50, total: PARTY_UNITS, tree: true, why: "Dongting: at most 14 (the community committee's compounds)" },
  "OrgUnit.ancestors": { cap: 4, total: 4 * PARTY_UNITS, why: "MAX_TREE_DEPTH: kinds nest strictly, a unit has at most 4 above it" },
  "OrgUnit.descendants": { cap: PARTY_UNITS, total: 4 * PARTY_UNITS, why: "a whole subtree; a unit is below at most 4 others" },
  "Query.grids": { cap: 100, total: 100, tree: true, why: "Dongting: 10 grids" },
  "Grid.neighbourhoods": { cap: 100, total: 1000, tree: true, why: "Dongting: 242 neighbourhoods, about 25 a grid" },
  "Neighbourhood.buildings": { cap: 50, total: 2000, tree: true, why: "Dongting: 1 or 2 a neighbourhood, 363 in all" },
  "Person.roles": { cap: 4, why: "the CommunityRole values" },
  "Query.communities": { cap: 200, total: 200, why: "a district: about 150 communities" },
  "Viewer.communities": { cap: 200, total: 200, why: "at most every community of a district (about 150)" },
  "Community.grids": { cap: 20, total: 2000, tree: true, why: "10 grids a community; a district about 1,500" },
  // party units and the places they cover (COVERAGE_MAX links a unit); a place is covered by a few units
  "OrgUnit.coversGrids": { cap: 200, why: "COVERAGE_MAX; a compound's branch covers one grid" },
  "OrgUnit.coversBuildings": { cap: 200, why: "COVERAGE_MAX; a building group covers a few buildings" },
  "Grid.partyUnits": { cap: 50, why: "the units linked to one grid (Dongting: 1 or 2)" },
  "Building.partyUnits": { cap: 50, why: "the units linked to one building (Dongting: 1)" },
  "Query.sunkDownReports": { cap: 2000, why: "sunk-down members reporting to one branch (Dongting: about 300 in the community)" },
  "SunkDownReport.duties": { cap: 10, why: "DUTIES_MAX" },
  "Person.grants": { cap: 50, why: "a person holds a handful of grants" },
  "Viewer.grants": { cap: 200, why: "a token carries at most 200 grants (viewerFromClaims)" },
  // The page was counted at geographyFeed(first), as a connection's edges are: the places are that page.
  "GeographyFeedPage.places": { cap: 1, why: "priced at geographyFeed's first (at most 500)" },
  // requests
  "Query.requestCategories": { cap: 50, why: "Dongting: 8 categories" },
  "RequestCategory.deadlines": { cap: 12, why: "one per urgency (3)" },
  "ResidentRequest.events": { cap: 50, why: "a request's history: submission, acceptance, assignment, notes, rating" },
  "RequestMetrics.rows": { cap: 150, why: "by MONTH over METRICS_MAX_WINDOW_DAYS (121 months); grids, categories fewer" },
  "Query.departmentEvaluations": { cap: 1000, why: "evaluations in the window (Dongting: about 120 a year)" },
  "Query.communityRanking": { cap: 200, total: 200, why: "one row per community of the viewer's reach: a district about 150" },
  "Query.departmentEvaluationSummary": { cap: 100, why: "one row per department evaluated" },
  "Query.serviceUnits": {
    cap: 200,
    why: "the units of the viewer's communities (Dongting: 21, its street 28); a district asks by community",
  },
  "ServiceUnit.members": { cap: 100, why: "UNIT_MEMBERS_MAX; Dongting's units have 1 to 20 members" },
  "ResidentRequest.units": { cap: 10, why: "the leading unit and its co-handlers (Dongting: at most 2)" },
  "Query.dispatchRules": { cap: 200, why: "the rules of the viewer's communities (Dongting: 6, its street 8)" },
  // volunteers
  "Query.volunteerTeams": { cap: 50, total: 50, tree: true, why: "Dongting: 32 teams" },
  "VolunteerTeam.members": {
    cap: 1000,
    total: TEAM_MEMBERSHIPS,
    why: "Dongting: the patrol has 512; no team is near 1,000",
  },
  "VolunteerTeam.memberHistory": { cap: 240, why: "MAX_HISTORY_MONTHS" },
  "VolunteerTeam.shifts": {
    perDay: 4,
    totalPerDay: 100,
    maxDays: 92,
    spanDays: 0.5,
    why: "MAX_SHIFT_WINDOW_DAYS, SHIFT_MAX_HOURS; Dongting: at most 1 a team a day, about 15 a day in all",
  },
  "Volunteer.teams": { cap: 20, total: TEAM_MEMBERSHIPS, why: "Dongting: at most 3" },
  "Volunteer.skills": { cap: 20, why: "a volunteer's skills (values, priced as one)" },
  "Volunteer.shiftSignups": {
    perDay: 6,
    maxDays: 92,
    spanDays: 0.5,
    why: "a volunteer's sign-ups never overlap; MAX_SHIFT_WINDOW_DAYS",
  },
  "Shift.signups": { cap: 500, why: "SHIFT_CAPACITY_MAX: sign-ups never exceed the capacity" },
  "Query.serviceCertificates": { cap: 200, why: "a volunteer's certificates (one a year is usual)" },
  "ServiceCertificate.activities": {
    cap: 1500,
    why: "a volunteer's shifts in CERTIFICATE_MAX_WINDOW_DAYS: sign-ups never overlap, four a day at most",
  },
  "ServiceCertificate.teamNames": { cap: 20, why: "the teams of the certified shifts (Volunteer.teams: at most 20)" },
  // station
  "Query.zones": { cap: 30, total: 30, tree: true, why: "the Lexiang station has 8 zones" },
  "Zone.openingHours": { cap: 21, why: "up to 3 intervals on each of 7 weekdays" },
  "Zone.bookings": {
    perDay: 50,
    totalPerDay: 100,
    maxDays: 100,
    spanDays: 4 / 24,
    why: "MAX_BOOKING_WINDOW_DAYS, MAX_BOOKING_MINUTES; 30-minute bookings all day; the demo station: under 10 a day",
  },
  "Zone.closures": { cap: 100, why: "closures of one zone in a window of at most MAX_CLOSURE_WINDOW_DAYS" },
  "Zone.freeSlots": { cap: 100, why: "the gaps of one day between opening hours, bookings and closures" },
  "Query.zoneClosures": { cap: 500, why: "closures of all zones in a window of at most MAX_CLOSURE_WINDOW_DAYS" },
  "Query.zoneUtilisation": { cap: 30, why: "one row per zone" },
  "Query.visitorSummary": { cap: 288, why: "MAX_SUMMARY_MONTHS x 3 zones keeping a log x 4 visitor groups" },
  "Mutation.bookZone": { cap: 26, why: "MAX_WEEKLY_OCCURRENCES of a weekly series" },
  "Mutation.cancelSeries": { cap: 26, why: "MAX_WEEKLY_OCCURRENCES: a series has at most that many bookings" },
  "SeriesBooking.bookings": { cap: 26, why: "MAX_WEEKLY_OCCURRENCES" },
  "SeriesBooking.skipped": { cap: 26, why: "MAX_WEEKLY_OCCURRENCES (values, priced as one)" },
  // council (issue 14)
  "Query.residentClasses": { cap: 200, total: 200, why: "Dongting: 54 classes; a community asks its own" },
  "ResidentClass.committee": { cap: 9, why: "COMMITTEE_MAX" },
  "ResidentClass.meetings": {
    perDay: 1,
    maxDays: 366,
    spanDays: 0.5,
    why: "MEETING_WINDOW_MAX_DAYS, MEETING_MAX_HOURS; a class meets monthly",
  },
  "Query.meetings": {
    perDay: 10,
    maxDays: 366,
    spanDays: 0.5,
    why: "MEETING_WINDOW_MAX_DAYS, MEETING_MAX_HOURS; Dongting: 54 classes monthly and the 班长议事会, about 2 a day",
  },
  "Meeting.attendees": { cap: 300, why: "ATTENDEES_MAX" },
  "Meeting.agenda": { cap: 50, why: "AGENDA_MAX" },
  "Proposal.comments": { cap: 500, why: "COMMENTS_PER_PROPOSAL_MAX" },
  "Query.communityRules": { cap: 200, why: "a community's 居民公约 and 管理规定 (Dongting: 20+)" },
  "CommunityRule.versions": { cap: 100, why: "versions of one rule, each adopted by a vote" },
  "ResidentRequest.proposals": {
    cap: 20,
    why: "REQUEST_PROPOSALS_MAX: the oldest 20 proposals grown out of a request (Dongting: at most 1)",
  },
  "Query.waitlist": {
    perDay: 20,
    maxDays: 100,
    spanDays: 4 / 24,
    why: "MAX_BOOKING_WINDOW_DAYS, MAX_BOOKING_MINUTES; a declared maximum of waiting entries a day for one zone (the demo: 0 or 1)",
  },
};

export const isWindowCap = (cap: ListCap): cap is WindowCap => "perDay" in cap;
