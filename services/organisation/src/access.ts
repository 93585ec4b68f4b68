import { reachOf, type Grantee, type Place, type ReadPolicy, type Role, type SubgraphContext } from "@dongting/subgraph-kit";
import { maskPhone } from "@dongting/domain/organisation";
import { neighbourhoodById } from "./grid/grid.loader.js";
import { ownLeadersOf } from "./person/own-leaders.loader.js";

/**
 * Every role and ownership rule of the organisation subgraph, as data. Mutations name their entry in
 * `@Authorized(...ACCESS.x)` (ADMIN always passes); reads follow READ_POLICY below.
 */
export const ACCESS = {
  /** Edits the party tree: units, secretaries, party memberships. */
  editPartyTree: ["PARTY_COMMITTEE"],
  /** Registers people and moves them between neighbourhoods. */
  editPeople: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
  /** Edits a person's name, phone, home, building and ID number (issue 13 point 6). */
  updatePerson: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
  /** 组织关系转接 and 下沉党员报到: party records kept by the committee and the community's staff. */
  keepPartyRecords: ["PARTY_COMMITTEE", "COMMUNITY_STAFF"],
  /** Which grids and buildings a party unit covers. */
  setCoverage: ["PARTY_COMMITTEE", "COMMUNITY_STAFF"],
  /** Maintains grids, neighbourhoods, buildings and their leaders. */
  editGridTree: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
  /** Search the register and read people's names and where they live: what the staff's work needs. */
  readPeople: ["GRID_LEADER", "COMMUNITY_STAFF", "PARTY_COMMITTEE", "STATION_STAFF"],
  /** Full phone numbers of others (everyone else who may see a number sees it masked, except their own). */
  readFullPhone: ["COMMUNITY_STAFF", "PARTY_COMMITTEE"],
  /** Party membership (sensitive personal information under the PIPL): member lists, branches, history. */
  readPartyMembership: ["PARTY_COMMITTEE", "COMMUNITY_STAFF"],
  /** Grants and revokes scoped roles, within the scopes the granter's own grants cover (docs/tenancy.md). */
  grantRoles: ["PARTY_COMMITTEE", "COMMUNITY_STAFF"],
  /** The record of sensitive reads: only the administrator who answers for it. */
  readAccessLog: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

/*
 * The read policy (enforced by the kit on root fields, nested fields and `_entities`; ADMIN passes every role
 * grant, INTEGRATOR only grants naming it, and relations never match anonymous callers or service accounts).
 *
 * Relation names are lowercase (the kit's Grantee type): `self` (the person is the viewer), `member` (the
 * party membership is the viewer's), `own_leader` (the person is one of the viewer's own leaders: the 网格长
 * of their grid, the 邻里长 of their neighbourhood, a 楼栋长 of a building of their neighbourhood, the
 * secretary of their party branch) and `led_by_own_leader` (the grid, neighbourhood, building or unit is led
 * by one of the viewer's own leaders, so its leader or secretary may be shown).
 */

/** Every role of a person (not the integrator's service account). */
export const PERSON_READER_ROLES: readonly Role[] = ["RESIDENT", "VOLUNTEER", ...ACCESS.readPeople];

/**
 * Where a person belongs for scoped reads: their home community and their neighbourhood's grid (from the
 * row when a list joined it, else through the batched neighbourhood loader: no statement per person).
 */
export async function placeOfPerson(
  person: { communityId?: string; neighbourhoodId?: string | null; gridId?: string | null },
  ctx: SubgraphContext,
): Promise<Place | null> {
  if (!person.communityId) return null;
  if (person.gridId !== undefined) return { communityId: person.communityId, gridId: person.gridId };
  // The grid matters only to a viewer holding some grant on a grid: the others cost no statement.
  const reach = await reachOf(ctx, "any", "read");
  if (reach.global || reach.gridIds.length === 0) return { communityId: person.communityId, gridId: null };
  const neighbourhood = person.neighbourhoodId ? await neighbourhoodById(ctx).load(person.neighbourhoodId) : null;
  return { communityId: person.communityId, gridId: neighbourhood?.gridId ?? null };
}
/**
 * Who may know who someone is (name, id, the Person at all): staff, for their work; volunteers, because the
 * volunteers subgraph shows them their teams' members and cannot ask us who is in a team, so its own member
 * lists are what limit them; the person themself; and a resident's own leaders, the people they turn to.
 */
const NAME_READERS: readonly Grantee[] = [...ACCESS.readPeople, "VOLUNTEER", "self", "own_leader"];
/** A leader or secretary field: the same readers, judged on the unit (is it led by one of my leaders?). */
const LEADER_READERS: readonly Grantee[] = [...ACCESS.readPeople, "VOLUNTEER", "led_by_own_leader"];
/** Facts about grids and the like that name nobody: anyone signed in, the integrator included. */
const SIGNED_IN: readonly Grantee[] = ["SIGNED_IN"];
/** The party tree's shape (unit names, kinds, counts) is public: the party organisation's public face. */
const PUBLIC: readonly Grantee[] = ["PUBLIC"];
const MEMBERSHIP_READERS: readonly Grantee[] = [...ACCESS.readPartyMembership, "member"];
const ADMIN_ONLY: readonly Grantee[] = ACCESS.readAccessLog;

const personId = (person: { id: string }) => person.id;

export const READ_POLICY: ReadPolicy = {
  relations: {
    // A Person, or an `_entities` representation of one ({ id }).
    self: (person: { id?: unknown }, viewer) => person.id === viewer.personId,
    member: (membership: { personId?: unknown }, viewer) => membership.personId === viewer.personId,
    // One statement per request: the viewer's own leaders, loaded once and kept by the request's loader.
    own_leader: async (person: { id?: unknown }, viewer, ctx) =>
      typeof person.id === "string" && (await ownLeadersOf(ctx).load(viewer.personId)).has(person.id),
    led_by_own_leader: async (unit: { leaderId?: string | null; secretaryId?: string | null }, viewer, ctx) => {
      const leader = unit.leaderId ?? unit.secretaryId;
      return !!leader && (await ownLeadersOf(ctx).load(viewer.personId)).has(leader);
    },
  },
  types: {
    Query: {
      fields: {
        // The register: staff only (residents never list their neighbours); anonymous UNAUTHENTICATED.
        people: ACCESS.readPeople,
        // One person: anyone signed in as a person, so a token naming only its person (the gateway's
        // dev-token route reading stored grants) reads itself; the resolver refuses service accounts and
        // roleless viewers other than self, and people out of reach (OUT_OF_SCOPE); Person's rules then apply.
        person: SIGNED_IN,
        // Grids and their parts name nobody, but the lead's list of what is public without sign-in is
        // exhaustive, and a building's name with its household count points at homes: signed in only.
        grids: SIGNED_IN,
        grid: SIGNED_IN,
        neighbourhood: SIGNED_IN,
        building: SIGNED_IN,
        orgRoots: PUBLIC,
        orgUnit: PUBLIC,
        personalDataAccessLog: ADMIN_ONLY,
        // A branch's sunk-down members: party membership records (the service checks the unit is in reach).
        sunkDownReports: ACCESS.readPartyMembership,
        // Community names, codes and grid ids are not personal: the shell lists them before sign-in.
        communities: PUBLIC,
        community: PUBLIC,
        viewer: PUBLIC,
        // What the other subgraphs' read copies pull (as the INTEGRATOR service account).
        geographyFeed: SIGNED_IN,
      },
    },
    Person: {
      personal: true,
      entity: NAME_READERS,
      // A role's rights end at the edge of where it is held (a grid leader's full phone at the grid's edge).
      place: placeOfPerson,
      fields: {
        id: NAME_READERS,
        name: NAME_READERS,
        // Full to those whose work needs to call anyone and to the person; masked to the other name
        // readers; every full read of someone else's number is recorded.
        phone: {
          read: [...ACCESS.readFullPhone, "self"],
          masked: { to: ["GRID_LEADER", "STATION_STAFF", "VOLUNTEER", "own_leader"], mask: maskPhone },
          audit: { subjectId: personId },
        },
        // The ID number is never answered; its masked form goes to those who may read the full phone
        // number (the certificate the volunteers subgraph prints asks for it with the caller's token) and
        // to the person. Every read of someone else's is recorded.
        maskedIdNumber: { read: [...ACCESS.readFullPhone, "self"], audit: { subjectId: personId } },
        // Where someone lives is as good as an address: staff and the person themself.
        neighbourhood: [...ACCESS.readPeople, "self"],
        building: [...ACCESS.readPeople, "self"],
        // Community roles (网格长, 楼栋长...) are not secret, but nobody outside the staff needs the list.
        roles: [...ACCESS.readPeople, "self"],
        partyMembership: { read: [...ACCESS.readPartyMembership, "self"], audit: { subjectId: personId } },
        community: [...ACCESS.readPeople, "VOLUNTEER", "self"],
        // The person's own grants, and those of the people a granter's grants reach (ADMIN passes).
        grants: [...ACCESS.grantRoles, "self"],
      },
    },
    PartyMembership: {
      personal: true,
      // Reached only through Person.partyMembership (guarded and recorded there); kept closed here too.
      fields: { kind: MEMBERSHIP_READERS, joinedAt: MEMBERSHIP_READERS, orgUnit: MEMBERSHIP_READERS },
    },
    OrgUnit: {
      // Personal (default deny) because of its members; the unit itself is public, `_entities` too.
      personal: true,
      entity: PUBLIC,
      fields: {
        id: PUBLIC,
        name: PUBLIC,
        kind: PUBLIC,
        form: PUBLIC,
        parent: PUBLIC,
        children: PUBLIC,
        ancestors: PUBLIC,
        descendants: PUBLIC,
        community: PUBLIC,
        memberCount: PUBLIC,
        secretary: LEADER_READERS,
        // The list of 679 party members with their branch is the sensitive part of the tree.
        members: ACCESS.readPartyMembership,
        // Which grids and buildings the unit covers names nobody (as the grid tree): signed in.
        coversGrids: SIGNED_IN,
        coversBuildings: SIGNED_IN,
        // The history names members joining, leaving and changing kind: as sensitive as the member list.
        history: ACCESS.readPartyMembership,
      },
    },
    OrgUnitChange: {
      personal: true,
      fields: {
        id: ACCESS.readPartyMembership,
        at: ACCESS.readPartyMembership,
        action: ACCESS.readPartyMembership,
        // An entry about a member hands out that person's membership: recorded as such.
        summary: { read: ACCESS.readPartyMembership, audit: { subjectId: (change: { memberId: string | null }) => change.memberId } },
        detail: { read: ACCESS.readPartyMembership, audit: { subjectId: (change: { memberId: string | null }) => change.memberId } },
        // Who made the change: staff only (a Person; its own rules apply as well).
        actor: ACCESS.readPeople,
      },
    },
    Grid: {
      personal: true,
      entity: SIGNED_IN,
      // A grid's id, code, name and community are public (the communities list shows them); the rest signed in.
      fields: {
        id: PUBLIC,
        code: PUBLIC,
        name: PUBLIC,
        community: PUBLIC,
        households: SIGNED_IN,
        neighbourhoods: SIGNED_IN,
        leader: LEADER_READERS,
        partyUnits: SIGNED_IN,
      },
    },
    Neighbourhood: {
      personal: true,
      entity: SIGNED_IN,
      fields: { id: SIGNED_IN, name: SIGNED_IN, households: SIGNED_IN, grid: SIGNED_IN, buildings: SIGNED_IN, leader: LEADER_READERS },
    },
    Building: {
      personal: true,
      entity: SIGNED_IN,
      fields: {
        id: SIGNED_IN,
        name: SIGNED_IN,
        households: SIGNED_IN,
        neighbourhood: SIGNED_IN,
        leader: LEADER_READERS,
        partyUnits: SIGNED_IN,
      },
    },
    SunkDownReport: {
      // A report says the person is a party member (and where they work): as sensitive as the membership.
      personal: true,
      fields: {
        id: MEMBERSHIP_READERS,
        person: MEMBERSHIP_READERS,
        orgUnit: MEMBERSHIP_READERS,
        workUnit: MEMBERSHIP_READERS,
        reportedOn: MEMBERSHIP_READERS,
        duties: MEMBERSHIP_READERS,
      },
    },
    Community: {
      entity: PUBLIC,
      fields: { id: PUBLIC, code: PUBLIC, name: PUBLIC, street: PUBLIC, committee: PUBLIC, grids: PUBLIC },
    },
    PersonalDataAccess: {
      personal: true,
      fields: { at: ADMIN_ONLY, actor: ADMIN_ONLY, subject: ADMIN_ONLY, field: ADMIN_ONLY, operation: ADMIN_ONLY },
    },
  },
};

/**
 * A page of a unit's members hands out each listed person's party membership: recorded like a read of
 * Person.partyMembership (the kit's `audit` names one subject per field; a list names many), except the
 * viewer's own. Called by OrgUnit.members once the read policy has let the viewer in.
 */
export function recordMembersListed(ctx: SubgraphContext, members: ReadonlyArray<{ id: string }>, field = "OrgUnit.members"): void {
  for (const member of members) {
    if (member.id === ctx.viewer.personId) continue;
    ctx.sensitiveReads.push({ actorId: ctx.viewer.personId, subjectId: member.id, field, operation: ctx.operationName });
  }
}
