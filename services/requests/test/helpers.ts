import { randomUUID } from "node:crypto";
import { demoCommunityId, demoPersonId, seedGeographyCopy } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";

/**
 * The requests subgraph on a fresh database (see startTestSubgraph) with the demo street's geography in its
 * read copy, as the demo seed leaves it before the first pull.
 */
export async function startRequestsSubgraph(options: Parameters<typeof startTestSubgraph>[1] = {}): Promise<TestSubgraph> {
  const subgraph = await startTestSubgraph(definition, options);
  await seedGeographyCopy(subgraph.db);
  return subgraph;
}

export const resident: As = { roles: ["RESIDENT"], personId: demoPersonId(4) };
export const otherResident: As = { roles: ["RESIDENT"], personId: demoPersonId(40) };
export const staff: As = { roles: ["COMMUNITY_STAFF"], personId: demoPersonId(2) };
export const gridLeader: As = { roles: ["GRID_LEADER"], personId: demoPersonId(6) };
export const committee: As = { roles: ["PARTY_COMMITTEE"], personId: demoPersonId(1) };
export const volunteer: As = { roles: ["VOLUNTEER"], personId: demoPersonId(5) };
export const admin: As = { roles: ["ADMIN"] };

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      id
      code
      title
      description
      channel
      category
      status
      level
      urgency
      submittedAt
      respondBy
      resolveBy
      overdue
      submitter {
        id
      }
      grid {
        id
      }
      neighbourhood {
        id
      }
      patrolShift {
        id
      }
      events {
        at
        type
        note
        actor {
          id
        }
      }
    }
  }
`;

export function submitInput(overrides: Record<string, unknown> = {}) {
  return {
    clientRequestId: `test-${randomUUID()}`,
    // Tests' tokens hold their roles GLOBAL, so the community is named (see placeOfNewRequest).
    communityId: demoCommunityId(1),
    title: "3栋楼道灯不亮",
    description: "二楼到五楼的声控灯坏了，晚上很黑。",
    channel: "WECHAT",
    category: "设施维修",
    ...overrides,
  };
}

/** Row counts of every table a mutation may write, to assert "nothing written". */
export async function tableCounts(subgraph: TestSubgraph): Promise<Record<string, number>> {
  const [row] = await subgraph.db.query(`SELECT
    (SELECT count(*)::int FROM resident_request) AS requests,
    (SELECT count(*)::int FROM request_event) AS events,
    (SELECT count(*)::int FROM history) AS history,
    (SELECT coalesce(sum(last_number), 0)::int FROM request_code_counter) AS numbers`);
  return row;
}

export const TRANSITION_FIELDS = /* GraphQL */ `
  id status level urgency submittedAt respondBy resolveBy respondedAt resolvedAt overdue
  assignment { forceKind assigneeName assignedAt assigneePerson { id } volunteerTeam { id } }
  residentRating { score comment ratedAt }
  communityReview { reasonable note reviewedAt }
  events { at type note actor { id } }
`;

export const MUTATIONS = {
  accept: `mutation($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) { acceptRequest(id: $id, level: $level, urgency: $urgency) { ${TRANSITION_FIELDS} } }`,
  assign: `mutation($id: ID!, $input: AssignInput!) { assignRequest(id: $id, input: $input) { ${TRANSITION_FIELDS} } }`,
  start: `mutation($id: ID!) { startRequest(id: $id) { ${TRANSITION_FIELDS} } }`,
  resolve: `mutation($id: ID!, $note: String!) { resolveRequest(id: $id, note: $note) { ${TRANSITION_FIELDS} } }`,
  escalate: `mutation($id: ID!, $reason: String!) { escalateRequest(id: $id, reason: $reason) { ${TRANSITION_FIELDS} } }`,
  reject: `mutation($id: ID!, $reason: String!) { rejectRequest(id: $id, reason: $reason) { ${TRANSITION_FIELDS} } }`,
  rate: `mutation($id: ID!, $score: Int!, $comment: String) { rateRequest(id: $id, score: $score, comment: $comment) { ${TRANSITION_FIELDS} } }`,
  review: `mutation($id: ID!, $reasonable: Boolean!, $note: String!) { reviewRequest(id: $id, reasonable: $reasonable, note: $note) { ${TRANSITION_FIELDS} } }`,
};
