// Rows of the running stack the generated operations name: the demo community's fixed ids where the seeds
// fix them, the rest read as ADMIN. Each belongs to none of the test viewers (personas 1..6) and lies in
// Dongting (the community the personas' grants reach) but outside the grid leader's grid 1, so a cell asks
// "may this viewer act on someone else's row within their scope?", the question a hole would answer wrongly.
// The one community named on its own (community(id)) is a neighbour: communities are public.
import {
  DEMO_PERSONAS,
  demoBuildingId,
  demoCommunityId,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  demoPersonId,
} from "@dongting/subgraph-kit/seed";
import { post } from "../stack.js";
import type { SampleIds } from "./arguments.js";

const PERSONAS = new Set(DEMO_PERSONAS.map((persona) => demoPersonId(persona.index)));
/** The first row whose person (submitter, owner, organiser) is none of the personas, outside the grid leader's grid 1. */
interface Owned {
  id: string;
  by?: { id: string } | null;
  grid?: { id: string } | null;
}
const nobodysOwn = (rows: Owned[]): Owned | undefined =>
  rows.find((row) => row.by && !PERSONAS.has(row.by.id) && row.grid?.id !== demoGridId(1));
const DONGTING = demoCommunityId(1);

/**
 * Person 589: neighbourhood 105 in grid DT-05, nobody's leader, a volunteer of 健康义诊队 only (led by person
 * 73, none of the personas in it), whose shift of 18 June the mutations name.
 */
const PERSON = 589;
/** Grid 5's leader (person 15): the stored grant revokeRole names (GRID_LEADER on grid 5, no persona's). */
const GRANT_HOLDER = 15;
const TEAM = "00000000-0003-4000-8000-000000000011";
const TEAM_VOLUNTEER = "00000000-0003-4001-8000-00000000024d";
const TEAM_SHIFT = "00000000-0003-4002-8000-000000000115";

const SAMPLE_QUERY = `query Samples($from: DateTime!, $to: DateTime!, $community: ID!, $holder: ID!) {
  requestCategories { id name }
  serviceUnits(communityId: $community) { id active members { id } }
  dispatchRules(communityId: $community) { id position }
  zones(communityId: $community) { id }
  requests(first: 50, filter: { status: [RESOLVED], communityId: $community }) { edges { node { id by: submitter { id } grid { id } } } }
  exchangeItems(first: 100, status: AVAILABLE, communityId: $community) { id by: owner { id } }
  visitorLog(first: 1, communityId: $community) { edges { node { id } } }
  zoneClosures(from: $from, to: $to) { id }
  pendingBookings(first: 50, communityId: $community) { edges { node { id by: organiser { id } } } }
  holder: person(id: $holder) { grants { id role scopeKind } }
  residentClasses(communityId: $community) { id }
  meetings(from: $from, to: $to) { id }
  proposals(first: 50, status: [DELIBERATION]) { edges { node { id by: proposer { id } } } }
  voting: proposals(first: 50, status: [VOTING]) { edges { node { id residentClass { id } } } }
  communityRules(communityId: $community) { id }
}`;

/** A certificate of person 589's service over the last 30 days (the seeds issue none): the one the reads name. */
async function issueSampleCertificate(graphqlUrl: string, adminToken: string, window: { from: string; to: string }) {
  const query = `mutation SampleCertificate($volunteer: ID!, $from: DateTime!, $to: DateTime!) {
    issueServiceCertificate(volunteerId: $volunteer, from: $from, to: $to) { id }
  }`;
  const variables = { volunteer: TEAM_VOLUNTEER, from: window.from, to: window.to };
  const answer = await post(graphqlUrl, { query, variables }, { authorization: `Bearer ${adminToken}` });
  if (answer.errors || !answer.data) throw new Error(`samples: issuing a certificate: ${JSON.stringify(answer.errors ?? answer)}`);
  return answer.data.issueServiceCertificate.id as string;
}

/** The sample rows, read with an ADMIN token; throws when the seeds no longer hold one of them. */
export async function loadSamples(graphqlUrl: string, adminToken: string, now: number): Promise<SampleIds> {
  const variables = {
    from: new Date(now - 30 * 86_400_000).toISOString(),
    to: new Date(now + 60 * 86_400_000).toISOString(),
    community: DONGTING,
    holder: demoPersonId(GRANT_HOLDER),
  };
  const answer = await post(graphqlUrl, { query: SAMPLE_QUERY, variables }, { authorization: `Bearer ${adminToken}` });
  if (answer.errors || !answer.data) throw new Error(`samples: ${JSON.stringify(answer.errors ?? answer)}`);
  const data = answer.data;
  const ids: Record<string, string | undefined> = {
    Grid: demoGridId(2),
    Neighbourhood: demoNeighbourhoodId(2),
    Building: demoBuildingId(2),
    OrgUnit: demoOrgUnitId(5),
    Person: demoPersonId(PERSON),
    VolunteerTeam: TEAM,
    Volunteer: TEAM_VOLUNTEER,
    Shift: TEAM_SHIFT,
    Zone: data.zones[0]?.id,
    ResidentRequest: nobodysOwn(data.requests.edges.map((edge: { node: { id: string } }) => edge.node))?.id,
    ExchangeItem: nobodysOwn(data.exchangeItems)?.id,
    Booking: nobodysOwn(data.pendingBookings.edges.map((edge: { node: { id: string } }) => edge.node))?.id,
    VisitorLogEntry: data.visitorLog.edges[0]?.node.id,
    ZoneClosure: data.zoneClosures[0]?.id,
    Community: demoCommunityId(2),
    // Council (issue 14): class 10 (no persona in it), a meeting, a proposal under deliberation nobody of
    // the personas proposed, Dongting's first rule.
    ResidentClass: data.residentClasses[9]?.id,
    Meeting: data.meetings[0]?.id,
    Proposal: data.proposals.edges
      .map((edge: { node: { id: string; by: { id: string } | null } }) => edge.node)
      .find((node: { by: { id: string } | null }) => node.by && !PERSONAS.has(node.by.id))?.id,
    CommunityRule: data.communityRules[0]?.id,
    // A community proposal in VOTING: the 班长议事会's, and no persona is a monitor, so no persona may vote.
    VotingProposal: data.voting.edges
      .map((edge: { node: { id: string; residentClass: { id: string } | null } }) => edge.node)
      .find((node: { residentClass: { id: string } | null }) => !node.residentClass)?.id,
    // The station's 太极拳晨练 series (organised by person 40, no persona), as the seed fixes its id.
    BookingSeries: "00000000-0000-4000-b000-000000000007",
    // A category's deadlines are one table for every community; the first category's is as good as any.
    RequestCategory: data.requestCategories[0]?.id,
    // A working unit of Dongting with none of the personas among its members (李敏 is in the staff's own
    // unit, 刘洋 in two volunteer units): its worklist is no viewer's.
    ServiceUnit: data.serviceUnits.find(
      (unit: { active: boolean; members: Array<{ id: string }> }) => unit.active && !unit.members.some((member) => PERSONAS.has(member.id)),
    )?.id,
    // Dongting's last rule (设施维修 anywhere, after grid 1's): the one deleteDispatchRule names.
    DispatchRule: [...data.dispatchRules].sort((a: { position: number }, b: { position: number }) => b.position - a.position)[0]?.id,
    RoleGrant: data.holder?.grants.find(
      (grant: { role: string; scopeKind: string }) => grant.role === "GRID_LEADER" && grant.scopeKind === "GRID",
    )?.id,
  };
  ids.ServiceCertificate = await issueSampleCertificate(graphqlUrl, adminToken, { from: variables.from, to: new Date(now).toISOString() });
  const missing = Object.entries(ids).filter(([, id]) => !id);
  if (missing.length) throw new Error(`samples: the seeds hold no ${missing.map(([type]) => type).join(", ")}`);
  return { ids: ids as Record<string, string>, categoryName: data.requestCategories[0].name };
}
