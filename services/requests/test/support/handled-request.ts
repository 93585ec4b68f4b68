import { expect } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { demoGridId, demoNeighbourhoodId, demoTeamId } from "@dongting/subgraph-kit/seed";
import type { As, GraphQLAnswer, TestSubgraph } from "@dongting/subgraph-kit/testing";
import { MUTATIONS, SUBMIT, committee, resident, staff, submitInput, volunteer } from "../helpers.js";

/** Every field of a request, personal or not, as a privacy test reads it. */
export const ALL_FIELDS = /* GraphQL */ `
  id code title description channel category status level urgency submittedAt respondBy resolveBy respondedAt resolvedAt overdue
  submitter { id } grid { id } neighbourhood { id } patrolShift { id }
  assignment { forceKind assigneeName assignedAt assigneePerson { id } volunteerTeam { id } }
  events { at type note actor { id } }
  residentRating { score comment ratedAt }
  communityReview { reasonable note reviewedAt }
`;

/**
 * The personal fields of a request (paths below it, list indices left out) and what a reader denied them
 * gets: REDACTED_TEXT for the non-null texts, null (with one FORBIDDEN on its path) for the rest.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, string | null>> = {
  title: REDACTED_TEXT,
  description: REDACTED_TEXT,
  submitter: null,
  neighbourhood: null,
  "assignment.assigneeName": REDACTED_TEXT,
  "assignment.assigneePerson": null,
  "events.note": null,
  "events.actor": null,
  "residentRating.comment": null,
  "communityReview.note": REDACTED_TEXT,
};

const REFERENCES = new Set(["submitter", "neighbourhood", "assigneePerson", "actor"]);

/** The selection of one field by its path: "assignment.assigneePerson" -> "assignment { assigneePerson { id } }". */
export function selectionOf(path: string): string {
  const names = path.split(".");
  const last = names.pop()!;
  return names.reduceRight((inner, name) => `${name} { ${inner} }`, REFERENCES.has(last) ? `${last} { id }` : last);
}

/**
 * `data` as a reader denied the personal fields of the requests at `nodePath` (e.g. "requests.edges.node")
 * gets it, and the errors (path, code, reason; sorted) that reader gets with it.
 */
export function withoutPersonalData(data: unknown, nodePath: string): { data: unknown; errors: string[] } {
  const errors: string[] = [];
  const walk = (node: unknown, at: (string | number)[], field: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => walk(item, [...at, index], field));
    if (node === null || typeof node !== "object") return node;
    const entries = Object.entries(node).map(([key, child]) => {
      const name = [...field, key].join(".");
      const rule = name.startsWith(`${nodePath}.`) ? name.slice(nodePath.length + 1) : null;
      if (rule === null || !(rule in PERSONAL_FIELDS)) return [key, walk(child, [...at, key], [...field, key])];
      if (PERSONAL_FIELDS[rule] === null) errors.push(`${[...at, key].join(".")} FORBIDDEN FIELD_NOT_ALLOWED`);
      return [key, PERSONAL_FIELDS[rule]];
    });
    return Object.fromEntries(entries);
  };
  return { data: walk(data, [], []), errors: errors.sort() };
}

export const TEXT = {
  title: "3栋2单元陈晓家漏水",
  description: "联系电话 13800000004，楼上 402 室漏水到客厅。",
  assigneeName: "刘洋",
  resolveNote: "已联系 402 室住户修好水管",
  ratingComment: "刘洋师傅很负责",
  reviewNote: "评价属实，已回访陈晓",
  evaluationComment: "区住建局处理陈晓家漏水较慢",
} as const;

export interface HandledRequest {
  id: string;
  code: string;
  evaluationId: string;
}

async function must(subgraph: TestSubgraph, query: string, variables: Record<string, unknown>, as: As) {
  const answer: GraphQLAnswer = await subgraph.request(query, variables, as);
  expect(answer.errors, query).toBeUndefined();
  return Object.values(answer.data!)[0] as Record<string, any>;
}

/**
 * A request of `resident` with every personal field filled: submitted in a neighbourhood, dispatched to a
 * person, resolved with a note, rated with a comment and reviewed, and evaluated with a comment.
 */
export async function handledRequest(subgraph: TestSubgraph): Promise<HandledRequest> {
  const input = submitInput({
    title: TEXT.title,
    description: TEXT.description,
    gridId: demoGridId(1),
    neighbourhoodId: demoNeighbourhoodId(1),
  });
  const submitted = await must(subgraph, SUBMIT, { input }, resident);
  const id = submitted.id as string;
  await must(subgraph, MUTATIONS.accept, { id, level: "GRID", urgency: "YELLOW" }, staff);
  const assignment = {
    forceKind: "VOLUNTEER",
    assigneeName: TEXT.assigneeName,
    assigneePersonId: volunteer.personId,
    volunteerTeamId: demoTeamId(1),
  };
  await must(subgraph, MUTATIONS.assign, { id, input: assignment }, staff);
  await must(subgraph, MUTATIONS.resolve, { id, note: TEXT.resolveNote }, staff);
  await must(subgraph, MUTATIONS.rate, { id, score: 4, comment: TEXT.ratingComment }, resident);
  await must(subgraph, MUTATIONS.review, { id, reasonable: true, note: TEXT.reviewNote }, staff);
  const evaluation = await must(
    subgraph,
    `mutation($input: DepartmentEvaluationInput!) { evaluateDepartment(input: $input) { id } }`,
    { input: { department: "区住建局", requestId: id, responseSpeed: 2, quality: 3, comment: TEXT.evaluationComment } },
    committee,
  );
  return { id, code: submitted.code as string, evaluationId: evaluation.id as string };
}

/** The (path, code, reason) of each error, sorted, for comparing whole sets of refusals. */
export function refusals(answer: GraphQLAnswer): string[] {
  return (answer.errors ?? [])
    .map((error) => `${(error.path ?? []).join(".")} ${error.extensions?.code} ${error.extensions?.reason}`)
    .sort();
}

/** Whether any of the request's free text or personal ids appear anywhere in `answer`. */
export function leaks(answer: unknown, personIds: readonly (string | null | undefined)[]): string[] {
  const text = JSON.stringify(answer);
  return [...Object.values(TEXT), ...personIds.filter((id): id is string => !!id)].filter((secret) => text.includes(secret));
}
