import {
  hasAnyRole,
  NOWHERE,
  reachOf,
  reaches,
  type Grantee,
  type Place,
  type Reach,
  type ReadPolicy,
  type Role,
  type SubgraphContext,
  type Viewer,
} from "@dongting/subgraph-kit";
import { refuse } from "./refusals.js";
import type { ShiftSignup } from "./shift/shift-signup.entity.js";
import type { Shift } from "./shift/shift.entity.js";
import { shiftById } from "./shift/shift.loader.js";
import type { VolunteerTeam } from "./team/team.entity.js";
import type { ServiceCertificate } from "./certificate/certificate.entity.js";
import type { Volunteer } from "./volunteer/volunteer.entity.js";
import { communitiesByPerson, communitiesByVolunteer } from "./volunteer/volunteer-communities.loader.js";
import { viewerTies } from "./volunteer/viewer-ties.loader.js";

/**
 * Every role and ownership rule of the volunteers subgraph. Each mutation's entry is the role list of its
 * `@Authorized(...)`: empty means any signed-in caller, ADMIN passes every list. The services then apply
 * the ownership rule given in the comment, with the functions below. Reads follow READ_POLICY.
 * Staff act only where their grants reach (docs/tenancy.md): write reach on the team's community, resolved
 * with `staffWriteReach` before the service opens its transaction. Leaders and the person himself are not
 * scoped: a team leader manages his team wherever it is.
 */
export const ACCESS = {
  createTeam: ["COMMUNITY_STAFF"],
  // Then in the team's community: requireStaffIn. A leader neither edits his team nor hands it over.
  updateTeam: ["COMMUNITY_STAFF"],
  setTeamLeader: ["COMMUNITY_STAFF"],
  // Then in one of the communities he serves in (requireStaffIn): the block is staff's to lift.
  liftSignupBlock: ["COMMUNITY_STAFF"],
  // 谁记录谁证明: staff certify the service recorded in their communities (the service picks it).
  issueServiceCertificate: ["COMMUNITY_STAFF"],
  // Then staff or the team's own leader: requireTeamManager.
  createShift: [],
  updateShift: [],
  cancelShift: [],
  correctServiceTime: [],
  checkIn: [],
  checkOut: [],
  // Then a person (not a role-only token or a service account): his own feed.
  resetShiftCalendarFeed: [],
  // Then the person himself, or staff for him: requireSelfOrStaff.
  joinTeam: [],
  leaveTeam: [],
  signUpForShift: [],
  cancelSignup: [],
} as const satisfies Record<string, readonly Role[]>;

/** Community staff act for anyone and manage every team. */
const STAFF_ROLES: readonly Role[] = ["COMMUNITY_STAFF"];

const isStaff = (viewer: Viewer): boolean => hasAnyRole(viewer, STAFF_ROLES);

const isPerson = (viewer: Viewer, personId: string | null): boolean => viewer.personId !== null && viewer.personId === personId;

/**
 * Where the viewer's staff grants let him write (NOWHERE when he is not staff). Resolved before a service's
 * transaction: a scope lookup outside it would wait behind it on a one-connection database.
 */
export function staffWriteReach(ctx: SubgraphContext): Promise<Reach> {
  return isStaff(ctx.viewer) ? reachOf(ctx, STAFF_ROLES, "write") : Promise.resolve(NOWHERE);
}

/** Staff, or the team's own leader, schedule its shifts and check its volunteers in and out; staff only in their reach. */
export function requireTeamManager(viewer: Viewer, team: { id: string; leaderId: string | null; communityId: string }, reach: Reach): void {
  if (isPerson(viewer, team.leaderId)) return;
  if (!isStaff(viewer)) throw refuse.forbidden("NOT_TEAM_LEADER", { teamId: team.id });
  if (!reaches(reach, { communityId: team.communityId })) throw refuse.forbidden("OUT_OF_SCOPE", { teamId: team.id });
}

/** Staff act only where their write reach covers one of the communities named (a team's, or a volunteer's). */
export function requireStaffIn(reach: Reach, communityIds: readonly string[], details: Record<string, unknown>): void {
  if (!communityIds.some((communityId) => reaches(reach, { communityId }))) throw refuse.forbidden("OUT_OF_SCOPE", details);
}

/**
 * A certificate is read (serviceCertificate, serviceCertificates) by its holder and by staff whose read reach
 * covers the issuing community; everyone else is refused at the root rather than handed an empty shell.
 */
export async function mayReadCertificate(
  ctx: SubgraphContext,
  certificate: { volunteerId: string; communityId: string },
): Promise<boolean> {
  if (isStaff(ctx.viewer) && reaches(await reachOf(ctx, STAFF_ROLES), { communityId: certificate.communityId })) return true;
  return (await viewerTies(ctx)).volunteerId === certificate.volunteerId;
}

/** A feed belongs to a person: a token for a role alone, or a service account's, has none to reset. */
export function requirePerson(viewer: Viewer): string {
  if (!viewer.personId) throw refuse.forbidden("PERSON_REQUIRED");
  return viewer.personId;
}

/** A sign-up the volunteer makes himself, as opposed to staff placing him (the no-show block stops only the former). */
export const isSelfSignup = (viewer: Viewer, personId: string): boolean => isPerson(viewer, personId);

/** A person acts for himself (role check only: it comes before anything is looked up). */
export function requireSelfOrStaff(viewer: Viewer, personId: string): void {
  if (!isStaff(viewer) && !isPerson(viewer, personId)) throw refuse.forbidden("NOT_SELF");
}

/** Staff act for him only in their reach: the community of the team (or the shift's team) they act in. */
export function requireSelfOrStaffIn(viewer: Viewer, personId: string, place: Place, reach: Reach): void {
  requireSelfOrStaff(viewer, personId);
  if (!isPerson(viewer, personId) && !reaches(reach, place)) throw refuse.forbidden("OUT_OF_SCOPE", { communityId: place.communityId });
}

/**
 * The place of an object seen from the communities it belongs to (a volunteer serves in the teams of one or
 * more communities): the one the viewer's staff grants reach if any, so staff read him where he serves and
 * nowhere else. Global staff need no lookup (keeps statement budgets); `none` is the place of no community.
 */
async function placeAmong(
  ctx: SubgraphContext,
  communities: () => Promise<string[]>,
  none: (reach: Reach) => Place | null,
): Promise<Place | null> {
  const reach = await reachOf(ctx, STAFF_ROLES);
  if (reach.global) return null;
  const ids = await communities();
  if (ids.length === 0) return none(reach);
  return { communityId: ids.find((id) => reach.touchedCommunityIds.includes(id)) ?? ids[0] };
}

const RANKED = new WeakSet<object>();

/**
 * Marks a volunteer as listed by `volunteerServiceRanking`: the lead decided the per-volunteer ranking may
 * name volunteers to staff and volunteers (the only callers its root rule lets in), so `ranked` opens his
 * person (the name) there, and nothing else about him.
 */
export function listedInRanking<T extends object>(volunteer: T): T {
  RANKED.add(volunteer);
  return volunteer;
}

/** Who reads the per-volunteer ranking (its root rule below), and in whose communities it looks. */
export const RANKING_READERS: readonly Role[] = [...STAFF_ROLES, "VOLUNTEER"];

/** Who manages volunteering: the staff role (ADMIN passes every role grant). */
const STAFF: readonly Grantee[] = STAFF_ROLES;
/**
 * People, as opposed to service accounts: every human role (tokens for a role alone carry no person) and
 * any signed-in person. INTEGRATOR passes none of them, whatever other roles its token holds.
 */
const PEOPLE: readonly Grantee[] = [
  "RESIDENT",
  "VOLUNTEER",
  "GRID_LEADER",
  "COMMUNITY_STAFF",
  "PARTY_COMMITTEE",
  "STATION_STAFF",
  "signed_in_person",
];
/** Anyone who may learn that a volunteer exists and who he is: a team mate sees the names of his team. */
const KNOWS_VOLUNTEER: readonly Grantee[] = [...STAFF, "own_record", "his_leader", "team_mate"];
/** His record (skills, service time): himself, the leaders of his teams and staff. */
const VOLUNTEER_RECORD: readonly Grantee[] = [...STAFF, "own_record", "his_leader"];
/** Where and when he was (sign-ups and check-ins across all his teams): himself and staff only. */
const VOLUNTEER_WHEREABOUTS: readonly Grantee[] = [...STAFF, "own_record"];
/** A service certificate, its code included: the holder and staff of the issuing community. */
const CERTIFICATE_RECORD: readonly Grantee[] = [...STAFF, "own_certificate"];
/** A sign-up and its check-in record: the volunteer, the leader of the shift's team, staff. */
const SIGNUP_RECORD: readonly Grantee[] = [...STAFF, "own_signup", "signup_leader"];

/**
 * Who reads what (issue 10). Public without sign-in: the teams' ids, names, kinds, partner units and member
 * counts. Personal: who is in a team (members, leader), the volunteer record (`Volunteer`, `Person.volunteer`),
 * sign-up lists and check-in records, service time per volunteer. Relations name the object they look at
 * and load the viewer's ties once per request (one statement, viewerTies); roles are listed first so
 * staff never pay for them. Relation names are snake_case: the kit's Grantee type takes lowercase names.
 */
export const READ_POLICY: ReadPolicy = {
  relations: {
    // Person: the viewer is this person.
    self: (person: { id: string }, viewer) => person.id === viewer.personId,
    // Volunteer (an object, or an `_entities` representation with only its id): the viewer's own record.
    own_record: async (volunteer: Partial<Volunteer> & { id: string }, viewer, ctx) =>
      volunteer.personId !== undefined ? volunteer.personId === viewer.personId : (await viewerTies(ctx)).volunteerId === volunteer.id,
    // Volunteer: the viewer leads a team the volunteer is currently in.
    his_leader: async (volunteer: { id: string }, _viewer, ctx) => (await viewerTies(ctx)).volunteers.get(volunteer.id) === true,
    // Volunteer: the viewer is in (or leads) a team the volunteer is currently in.
    team_mate: async (volunteer: { id: string }, _viewer, ctx) => (await viewerTies(ctx)).volunteers.has(volunteer.id),
    // Volunteer: listed by the per-volunteer ranking (see listedInRanking).
    ranked: (volunteer: object) => RANKED.has(volunteer),
    // VolunteerTeam: the viewer leads it.
    team_leader: (team: VolunteerTeam, viewer) => isPerson(viewer, team.leaderId),
    // VolunteerTeam: the viewer is a current member (or its leader).
    team_member: async (team: VolunteerTeam, _viewer, ctx) => (await viewerTies(ctx)).teams.has(team.id),
    // Shift: the viewer leads the shift's team.
    shift_leader: async (shift: Shift, _viewer, ctx) => (await viewerTies(ctx)).teams.get(shift.teamId) === true,
    // ShiftSignup: the viewer's own sign-up.
    own_signup: async (signup: ShiftSignup, _viewer, ctx) => (await viewerTies(ctx)).volunteerId === signup.volunteerId,
    // ShiftSignup: the viewer leads the team of the shift (the shift through its batched loader).
    signup_leader: async (signup: ShiftSignup, _viewer, ctx) => {
      const shift = await shiftById(ctx).load(signup.shiftId);
      return shift !== null && (await viewerTies(ctx)).teams.get(shift.teamId) === true;
    },
    // ServiceCertificate: the viewer holds it.
    own_certificate: async (certificate: ServiceCertificate, _viewer, ctx) =>
      (await viewerTies(ctx)).volunteerId === certificate.volunteerId,
    // Any object: a signed-in person (relations never match anonymous callers or service accounts).
    signed_in_person: (_object: unknown, viewer) => viewer.personId !== null,
  },
  types: {
    Query: {
      fields: {
        // Team names, kinds and counts are public (the lead's decision); their fields carry their own rules.
        volunteerTeams: ["PUBLIC"],
        volunteerTeam: ["PUBLIC"],
        // Shifts are the teams' schedules: for signed-in readers, like every list that is not public.
        shift: ["SIGNED_IN"],
        // A volunteer's fields carry the rules; anonymous callers are refused at the door.
        volunteer: ["SIGNED_IN"],
        myVolunteer: ["SIGNED_IN"],
        // Figures per team, no person in them: any signed-in reader, service accounts included.
        teamServiceRanking: ["SIGNED_IN"],
        // Lists volunteers by name: staff and volunteers only (the lead's decision).
        volunteerServiceRanking: RANKING_READERS,
        // Anyone holding a printed certificate checks it; it answers only that certificate's facts.
        verifyCertificate: ["PUBLIC"],
        // The holder and staff of the issuing community (mayReadCertificate, in the service).
        serviceCertificate: PEOPLE,
        serviceCertificates: PEOPLE,
        // Per volunteer and team: the ranking's readers; a volunteer's name only where his own rules let it be read.
        serviceTimeReport: RANKING_READERS,
        // The feed token is the key (a calendar app cannot sign in): it answers only its person's shifts.
        shiftCalendar: ["PUBLIC"],
      },
    },
    // Built from the number and code the caller holds: only that certificate's facts (the service sees to it).
    CertificateCheck: {
      fields: { number: ["PUBLIC"], valid: ["PUBLIC"], holder: ["PUBLIC"], minutes: ["PUBLIC"], issuedAt: ["PUBLIC"], issuer: ["PUBLIC"] },
    },
    ServiceCertificate: {
      personal: true,
      place: (certificate: ServiceCertificate) => ({ communityId: certificate.communityId }),
      entity: CERTIFICATE_RECORD,
      fields: Object.fromEntries(
        [
          "id",
          "number",
          "volunteer",
          "from",
          "to",
          "minutes",
          "issuedAt",
          "verificationCode",
          "pdfUrl",
          "activities",
          "holderName",
          "holderIdMasked",
          "teamNames",
          "issuer",
        ].map((field) => [field, CERTIFICATE_RECORD]),
      ),
    },
    VolunteerTeam: {
      place: (team: VolunteerTeam) => ({ communityId: team.communityId }),
      // Other subgraphs resolve teams for their signed-in readers (requests' assignments, station's bookings).
      entity: ["SIGNED_IN"],
      fields: {
        // Who leads a team and who is in it: staff and the team's own people.
        leader: [...STAFF, "team_leader", "team_member"],
        members: [...STAFF, "team_leader", "team_member"],
        // The schedule and the figures over time are not public: signed-in readers (counts, times, no names).
        shifts: ["SIGNED_IN"],
        memberHistory: ["SIGNED_IN"],
        serviceTime: ["SIGNED_IN"],
      },
    },
    Volunteer: {
      personal: true,
      // Staff read him in the communities of the teams he is or was in.
      place: (volunteer: { id: string }, ctx) =>
        placeAmong(
          ctx,
          () => communitiesByVolunteer(ctx).load(volunteer.id),
          () => null,
        ),
      // The side door answers whom the front door would: never anonymous callers or service accounts.
      entity: [...STAFF, "own_record", "his_leader", "team_mate"],
      fields: {
        id: [...KNOWS_VOLUNTEER, "ranked"],
        person: [...KNOWS_VOLUNTEER, "ranked"],
        skills: VOLUNTEER_RECORD,
        serviceMinutes: VOLUNTEER_RECORD,
        noShows: VOLUNTEER_RECORD,
        serviceTime: VOLUNTEER_RECORD,
        signupBlocked: VOLUNTEER_RECORD,
        // The other teams he is in are those teams' member lists: himself and staff.
        teams: VOLUNTEER_WHEREABOUTS,
        shiftSignups: VOLUNTEER_WHEREABOUTS,
        shiftHistory: VOLUNTEER_WHEREABOUTS,
      },
    },
    Person: {
      personal: true,
      // Staff read his volunteer record where he serves; a person who never volunteered has nothing here to
      // hide (`volunteer` is null), so staff of any community read that null rather than an error.
      place: (person: { id: string }, ctx) =>
        placeAmong(
          ctx,
          () => communitiesByPerson(ctx).load(person.id),
          (reach) => ({ communityId: reach.touchedCommunityIds[0] ?? null }),
        ),
      // This subgraph only adds `volunteer` to Person: the side door follows that field's rule.
      entity: [...STAFF, "self"],
      fields: {
        // The key; whoever was handed the reference may read it (the field that handed it out has the rule).
        id: ["SIGNED_IN"],
        // The volunteer record is personal: the person and staff.
        volunteer: [...STAFF, "self"],
      },
    },
    Shift: {
      place: (shift: Shift) => ({ communityId: shift.communityId }),
      // ResidentRequest.patrolShift: request readers are signed in; service accounts get times and counts.
      entity: ["SIGNED_IN"],
      fields: {
        // Free text written by leaders ("陪王奶奶就医" names a resident): people read it, service accounts do not.
        title: { read: PEOPLE, whenDenied: "redact" },
        // Free text too ("王师傅住院"): people read it (nullable, so refused, not redacted, like location);
        // that it was called off (cancelledAt) is a time, for every reader of the shift.
        cancelReason: PEOPLE,
        location: PEOPLE,
        // Who will be where and when: the team's leader, who checks them in, and staff (members see the count).
        signups: [...STAFF, "shift_leader"],
      },
    },
    ShiftSignup: {
      personal: true,
      // The shift's community (its team's), through the batched shift loader; global staff need no lookup.
      place: async (signup: ShiftSignup, ctx) => {
        if ((await reachOf(ctx, STAFF_ROLES)).global) return null;
        const shift = await shiftById(ctx).load(signup.shiftId);
        return shift ? { communityId: shift.communityId } : null;
      },
      fields: {
        id: SIGNUP_RECORD,
        volunteer: SIGNUP_RECORD,
        shift: SIGNUP_RECORD,
        signedUpAt: SIGNUP_RECORD,
        checkedInAt: SIGNUP_RECORD,
        checkedOutAt: SIGNUP_RECORD,
        minutes: SIGNUP_RECORD,
        noShow: SIGNUP_RECORD,
        // Who corrected his times and why: what the sign-up's record already shows, to the same readers.
        lastCorrection: SIGNUP_RECORD,
      },
    },
  },
};
