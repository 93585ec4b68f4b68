// The authorisation matrix: for every root Query field and every Mutation field of the composed graph, what
// each viewer gets (authorization-matrix.test.ts asks each cell through the gateway and fails on any
// operation without a row, any row without an operation, and any cell answered otherwise).
//
// How a cell is asked: the operation's required arguments only (an optional one left out means "myself"
// or "no filter"), every id naming a real row of Dongting that belongs to none of the viewers: a resolved request of
// another resident outside grid DT-01, a pending booking and an available exchange item of other people,
// person 589 (neighbourhood 105, grid DT-05, in no team of the personas), 健康义诊队 (led by person 73) with
// its volunteer 589 and its shift of 18 June. So a cell says whether this viewer may do it to someone
// else's row. Issue 12 adds a working unit of Dongting none of the personas is in, Dongting's last dispatch
// rule and the first request category. The minimal selection reads the id (or a count, or one scalar): a
// refusal on it counts.
//
// Viewers: anonymous (no token); each role alone, as the demo persona holding it, signed in with the persona's
// stored, scoped grant (issue 11): PARTY_COMMITTEE 王建国 over 东亭社区党委 and below, COMMUNITY_STAFF 李敏,
// STATION_STAFF 张丽, RESIDENT 陈晓 and VOLUNTEER 刘洋 in Dongting, GRID_LEADER 赵强 of grid DT-01 only (who
// leads 七宝巡逻队, and so also holds VOLUNTEER in Dongting); INTEGRATOR and ADMIN as accounts without a person, GLOBAL.
// L for a scoped staff role: Dongting's rows, not the neighbours' (fewer than ADMIN's); the grid leader's
// rights as GRID_LEADER end at grid 1's edge (issue 11: that is the point), so the requests outside it are F;
// as a volunteer of Dongting he reads what volunteers read (person 589's name, the volunteer ranking).
//
// A = ALLOWED: answers; for a mutation a domain refusal (NOT_FOUND, CONFLICT, BAD_USER_INPUT) counts too.
// L = ALLOWED_FILTERED: a list that answers but only with the viewer's rows: fewer than ADMIN gets.
// U = UNAUTHENTICATED; F = FORBIDDEN (on the root field or on the id the selection reads).
//
// Why (the lead's decisions, issue 10): anonymous callers read only the public notice board (zones, their
// opening hours and closures' dates, the party tree's units and counts, the volunteer teams' names and
// counts); residents their own data and requests; volunteers also their teams' members; grid leaders their
// grid's requests and people; staff roles what their work needs; INTEGRATOR is read-only and gets no
// personal data but the figures; ADMIN everything, the record of sensitive reads included.
import type { Outcome } from "./support/outcome.js";
import type { ViewerName } from "./support/viewers.js";

const A: Outcome = "ALLOWED";
const L: Outcome = "ALLOWED_FILTERED";
const U: Outcome = "UNAUTHENTICATED";
const F: Outcome = "FORBIDDEN";

export type MatrixRow = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

/** The columns of every row, in order. */
export const MATRIX_COLUMNS: readonly ViewerName[] = [
  "anonymous",
  "RESIDENT",
  "VOLUNTEER",
  "GRID_LEADER",
  "COMMUNITY_STAFF",
  "PARTY_COMMITTEE",
  "STATION_STAFF",
  "INTEGRATOR",
  "ADMIN",
];

// prettier-ignore
export const MATRIX: Record<string, MatrixRow> = {
  //                          anon RES VOL GRID STAFF PARTY STATION INTEG ADMIN
  // organisation: the grid tree names nobody but points at homes (signed in); people are the staff's
  grids:                       [U,  L,  L,  L,   L,    L,    L,      A,    A],
  grid:                        [U,  A,  A,  A,   A,    A,    A,      A,    A],
  neighbourhood:               [U,  A,  A,  A,   A,    A,    A,      A,    A],
  building:                    [U,  A,  A,  A,   A,    A,    A,      A,    A],
  orgRoots:                    [A,  A,  A,  A,   A,    A,    A,      A,    A],
  orgUnit:                     [A,  A,  A,  A,   A,    A,    A,      A,    A],
  // communities: codes, names and grid ids are no one's (the shell's switcher and the request codes show them)
  communities:                 [A,  A,  A,  A,   A,    A,    A,      A,    A],
  community:                   [A,  A,  A,  A,   A,    A,    A,      A,    A],
  // the places the read copies pull (the subgraphs pull as INTEGRATOR); who is signed in, as themselves
  geographyFeed:               [U,  A,  A,  A,   A,    A,    A,      A,    A],
  viewer:                      [A,  A,  A,  A,   A,    A,    A,      A,    A],
  // person 589 is no resident's leader; volunteers read names (and masked phones) of anyone in their
  // community, to work with their teams; the grid leader reads grid 1's people only
  person:                      [U,  F,  A,  A,   A,    A,    A,      F,    A],
  people:                      [U,  F,  F,  L,   L,    L,    L,      F,    A],
  personalDataAccessLog:       [U,  F,  F,  F,   F,    F,    F,      F,    A],
  // staff tools (issue 13): a branch's sunk-down members are the party committee's and community staff's
  sunkDownReports:             [U,  F,  F,  F,   A,    A,    F,      F,    A],
  // requests: the readers of every request (INTEGRATOR: codes, times, scores); others their own
  requestCategories:           [A,  A,  A,  A,   A,    A,    A,      A,    A],
  departmentEvaluations:       [U,  F,  F,  L,   A,    A,    F,      A,    A],
  departmentEvaluationSummary: [U,  F,  F,  L,   A,    A,    F,      A,    A],
  requestMetrics:              [U,  F,  F,  A,   A,    A,    F,      A,    A],
  communityRanking:            [U,  F,  F,  L,   L,    L,    F,      A,    A],
  request:                     [U,  F,  F,  F,   A,    A,    F,      A,    A],
  requests:                    [U,  L,  L,  L,   L,    L,    L,      A,    A],
  // work forces (issue 12): the readers of requests list their communities' units (the grid leader his grid's
  // community, where he dispatches), anyone signed in the units they are a member of (the resident and the
  // station's staff none, 刘洋 his two volunteer units); the rules route requests: the readers of requests only
  serviceUnits:                [U,  L,  L,  L,   L,    L,    L,      A,    A],
  dispatchRules:               [U,  F,  F,  L,   L,    L,    F,      A,    A],
  // station: slots and statuses to anyone signed in; the queue and figures to the station and offices
  booking:                     [U,  A,  A,  A,   A,    A,    A,      A,    A],
  myBookings:                  [U,  A,  A,  A,   A,    A,    A,      F,    F],
  pendingBookings:             [U,  F,  F,  F,   F,    F,    A,      F,    A],
  exchangeItems:               [U,  A,  A,  A,   A,    A,    A,      A,    A],
  exchangeItem:                [U,  A,  A,  A,   A,    A,    A,      A,    A],
  zoneUtilisation:             [U,  F,  F,  F,   L,    L,    L,      A,    A],
  visitorLog:                  [U,  F,  F,  F,   A,    A,    A,      A,    A],
  visitorSummary:              [U,  F,  F,  F,   A,    A,    A,      A,    A],
  zoneClosures:                [A,  A,  A,  A,   A,    A,    A,      A,    A],
  zones:                       [A,  A,  A,  A,   A,    A,    A,      A,    A],
  zone:                        [A,  A,  A,  A,   A,    A,    A,      A,    A],
  // staff tools (issue 13): a zone's waitlist to anyone signed in who books (times and counts; the waiting
  // person's name is a withheld field for others)
  waitlist:                    [U,  A,  A,  A,   A,    A,    A,      F,    A],
  // a calendar feed answers only to its token: a guessed one gets nothing, whoever asks
  zoneCalendar:                [F,  F,  F,  F,   F,    F,    F,      F,    F],
  // volunteers: team names are public; the per-volunteer ranking names people (staff and volunteers)
  teamServiceRanking:          [U,  A,  A,  A,   A,    A,    A,      A,    A],
  volunteerServiceRanking:     [U,  F,  A,  A,   A,    F,    F,      F,    A],
  shift:                       [U,  A,  A,  A,   A,    A,    A,      A,    A],
  volunteerTeams:              [A,  A,  A,  A,   A,    A,    A,      A,    A],
  volunteerTeam:               [A,  A,  A,  A,   A,    A,    A,      A,    A],
  volunteer:                   [U,  F,  F,  F,   A,    F,    F,      F,    A],
  myVolunteer:                 [U,  A,  A,  A,   A,    A,    A,      A,    A],
  // a certificate's number and code answer its own facts to anyone (the printed page says where to check)
  verifyCertificate:           [A,  A,  A,  A,   A,    A,    A,      A,    A],
  shiftCalendar:               [F,  F,  F,  F,   F,    F,    F,      F,    F],
  // a certificate is its holder's and the issuing community's staff's; the hours report names volunteers to
  // the readers of the per-volunteer ranking only
  serviceCertificate:          [U,  F,  F,  F,   A,    F,    F,      F,    A],
  serviceCertificates:         [U,  L,  L,  L,   A,    L,    L,      F,    A],
  serviceTimeReport:           [U,  F,  A,  A,   A,    F,    F,      F,    A],
  // organisation's mutations: the grid tree and the register (community staff, party committee)
  createGrid:                  [U,  F,  F,  F,   A,    A,    F,      F,    A],
  setGridLeader:               [U,  F,  F,  F,   A,    A,    F,      F,    A],
  createNeighbourhood:         [U,  F,  F,  F,   A,    A,    F,      F,    A],
  setNeighbourhoodLeader:      [U,  F,  F,  F,   A,    A,    F,      F,    A],
  createBuilding:              [U,  F,  F,  F,   A,    A,    F,      F,    A],
  setBuildingLeader:           [U,  F,  F,  F,   A,    A,    F,      F,    A],
  // the party tree: the party committee alone, within the subtree its grant names
  // the minimal createOrgUnit is a new street (a root): above the secretary's committee, GLOBAL only
  createOrgUnit:               [U,  F,  F,  F,   F,    F,    F,      F,    A],
  renameOrgUnit:               [U,  F,  F,  F,   F,    A,    F,      F,    A],
  moveOrgUnit:                 [U,  F,  F,  F,   F,    A,    F,      F,    A],
  deleteOrgUnit:               [U,  F,  F,  F,   F,    A,    F,      F,    A],
  setSecretary:                [U,  F,  F,  F,   F,    A,    F,      F,    A],
  assignPartyMembership:       [U,  F,  F,  F,   F,    A,    F,      F,    A],
  registerPerson:              [U,  F,  F,  F,   A,    A,    F,      F,    A],
  movePerson:                  [U,  F,  F,  F,   A,    A,    F,      F,    A],
  // staff tools (issue 13): the register's edits, transfers, reports and coverage, within scope
  updatePerson:                [U,  F,  F,  F,   A,    A,    F,      F,    A],
  transferPartyMembership:     [U,  F,  F,  F,   A,    A,    F,      F,    A],
  recordSunkDownReport:        [U,  F,  F,  F,   A,    A,    F,      F,    A],
  setOrgUnitCoverage:          [U,  F,  F,  F,   A,    A,    F,      F,    A],
  // grants: granters in scope (the party committee, community staff); the grid-5 leader's grant is Dongting's
  grantRole:                   [U,  F,  F,  F,   A,    A,    F,      F,    A],
  revokeRole:                  [U,  F,  F,  F,   A,    A,    F,      F,    A],
  // requests' mutations: anyone submits for himself; handlers handle; only the submitter rates
  evaluateDepartment:          [U,  F,  F,  F,   A,    A,    F,      F,    A],
  submitRequest:               [U,  A,  A,  A,   A,    A,    A,      F,    A],
  acceptRequest:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  assignRequest:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // any signed-in viewer may ask; the service lets handlers where the request is and the members of a unit
  // handling it: the sample request is in no persona's unit (NOT_UNIT_MEMBER; the grid leader OUT_OF_SCOPE)
  startRequest:                [U,  F,  F,  F,   A,    F,    F,      F,    A],
  resolveRequest:              [U,  F,  F,  F,   A,    F,    F,      F,    A],
  escalateRequest:             [U,  F,  F,  F,   A,    F,    F,      F,    A],
  rejectRequest:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  rateRequest:                 [U,  F,  F,  F,   F,    F,    F,      F,    F],
  reviewRequest:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // work orders (issue 12). Dispatching: handlers where the request is (the grid leader's ends at grid 1; a
  // unit's leader may only reassign within it, and the sample unit is no persona's); registering units and
  // ordering rules: community staff where they write
  dispatchRequest:             [U,  F,  F,  F,   A,    F,    F,      F,    A],
  createServiceUnit:           [U,  F,  F,  F,   A,    F,    F,      F,    A],
  createDispatchRule:          [U,  F,  F,  F,   A,    F,    F,      F,    A],
  deleteDispatchRule:          [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // the SLA table is one for every community: community staff (of any community) and ADMIN edit it
  setCategoryDeadlines:        [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // aftercare: a second handler where the request is confirms a review and records a phone rating (the
  // grid leader's reach ends at grid 1); the submitter or community staff where they write reopen
  confirmReview:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  recordCallbackRating:        [U,  F,  F,  F,   A,    F,    F,      F,    A],
  reopenRequest:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // station's mutations: people book and post for themselves; station staff run the rest
  bookZone:                    [U,  A,  A,  A,   A,    A,    A,      F,    A],
  approveBooking:              [U,  F,  F,  F,   F,    F,    A,      F,    A],
  rejectBooking:               [U,  F,  F,  F,   F,    F,    A,      F,    A],
  cancelBooking:               [U,  F,  F,  F,   F,    F,    A,      F,    A],
  checkInBooking:              [U,  F,  F,  F,   F,    F,    A,      F,    A],
  sweepNoShows:                [U,  F,  F,  F,   F,    F,    A,      F,    A],
  postItem:                    [U,  A,  A,  A,   A,    A,    A,      F,    A],
  claimItem:                   [U,  F,  F,  F,   F,    F,    A,      F,    A],
  handOverItem:                [U,  F,  F,  F,   F,    F,    A,      F,    A],
  withdrawItem:                [U,  F,  F,  F,   F,    F,    A,      F,    A],
  recordVisitors:              [U,  F,  F,  F,   F,    F,    A,      F,    A],
  deleteVisitorLogEntry:       [U,  F,  F,  F,   F,    F,    A,      F,    A],
  closeZone:                   [U,  F,  F,  F,   F,    F,    A,      F,    A],
  reopenZone:                  [U,  F,  F,  F,   F,    F,    A,      F,    A],
  // staff tools (issue 13): zone settings are the station's; a booking or series is moved or cancelled by its
  // organiser or station staff (the sample's are other people's); anyone who books books a series or waits
  // for a slot (a waiting entry is a person's: ADMIN, who is nobody, cannot wait)
  updateZone:                  [U,  F,  F,  F,   F,    F,    A,      F,    A],
  updateBooking:               [U,  F,  F,  F,   F,    F,    A,      F,    A],
  cancelSeries:                [U,  F,  F,  F,   F,    F,    A,      F,    A],
  bookSeries:                  [U,  A,  A,  A,   A,    A,    A,      F,    A],
  joinWaitlist:                [U,  A,  A,  A,   A,    A,    A,      F,    F],
  // a feed is a person's: station staff make their zones' feed (ADMIN, who is nobody, cannot)
  resetZoneCalendarFeed:       [U,  F,  F,  F,   F,    F,    A,      F,    F],
  // volunteers' mutations: community staff, or the team's own leader, for someone else
  createShift:                 [U,  F,  F,  F,   A,    F,    F,      F,    A],
  signUpForShift:              [U,  F,  F,  F,   A,    F,    F,      F,    A],
  cancelSignup:                [U,  F,  F,  F,   A,    F,    F,      F,    A],
  checkIn:                     [U,  F,  F,  F,   A,    F,    F,      F,    A],
  checkOut:                    [U,  F,  F,  F,   A,    F,    F,      F,    A],
  createTeam:                  [U,  F,  F,  F,   A,    F,    F,      F,    A],
  joinTeam:                    [U,  F,  F,  F,   A,    F,    F,      F,    A],
  leaveTeam:                   [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // staff tools (issue 13): the sample team's leader (person 73) is no persona: community staff only
  updateShift:                 [U,  F,  F,  F,   A,    F,    F,      F,    A],
  cancelShift:                 [U,  F,  F,  F,   A,    F,    F,      F,    A],
  correctServiceTime:          [U,  F,  F,  F,   A,    F,    F,      F,    A],
  updateTeam:                  [U,  F,  F,  F,   A,    F,    F,      F,    A],
  setTeamLeader:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  liftSignupBlock:             [U,  F,  F,  F,   A,    F,    F,      F,    A],
  issueServiceCertificate:     [U,  F,  F,  F,   A,    F,    F,      F,    A],
  // one's own shift feed: any signed-in person (ADMIN and INTEGRATOR are nobody)
  resetShiftCalendarFeed:      [U,  A,  A,  A,   A,    A,    A,      F,    F],
  // council (issue 14): the rules are public; classes, meetings and proposals to anyone signed in; writes by
  // staff or the class's monitor (the sample class's is no persona), proposals by anyone who is a person
  communityRules:              [A,  A,  A,  A,   A,    A,    A,      A,    A],
  communityRule:               [A,  A,  A,  A,   A,    A,    A,      A,    A],
  residentClasses:             [U,  A,  A,  A,   A,    A,    A,      A,    A],
  residentClass:               [U,  A,  A,  A,   A,    A,    A,      A,    A],
  meetings:                    [U,  A,  A,  A,   A,    A,    A,      A,    A],
  meeting:                     [U,  A,  A,  A,   A,    A,    A,      A,    A],
  proposals:                   [U,  A,  A,  A,   A,    A,    A,      A,    A],
  proposal:                    [U,  A,  A,  A,   A,    A,    A,      A,    A],
  createResidentClass:         [U,  F,  F,  F,   A,    F,    F,      F,    A],
  addClassMember:              [U,  F,  F,  F,   A,    F,    F,      F,    A],
  setCommitteePost:            [U,  F,  F,  F,   A,    F,    F,      F,    A],
  scheduleMeeting:             [U,  F,  F,  F,   A,    F,    F,      F,    A],
  recordMeeting:               [U,  F,  F,  F,   A,    F,    F,      F,    A],
  submitProposal:              [U,  A,  A,  A,   A,    A,    A,      F,    F],
  publishProposal:             [U,  F,  F,  F,   A,    F,    F,      F,    A],
  commentOnProposal:           [U,  A,  A,  A,   A,    A,    A,      F,    F],
  openVoting:                  [U,  F,  F,  F,   A,    F,    F,      F,    A],
  castVote:                    [U,  F,  F,  F,   F,    F,    F,      F,    F],
  closeVoting:                 [U,  F,  F,  F,   A,    F,    F,      F,    A],
  withdrawProposal:            [U,  F,  F,  F,   F,    F,    F,      F,    F],
};
