import { gql, type TypedDocumentNode } from "@apollo/client";
import type { MetricsGroupBy } from "../labels";

export interface RateMetrics {
  total: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  overdue: number;
  respondedInTime: number;
  resolved: number;
  ratings: number;
  satisfied: number;
}

export interface MetricsRow {
  key: string;
  label: string;
  metrics: RateMetrics;
}

const RATE_FIELDS = gql`
  fragment RateFields on RateMetrics {
    total
    responseRate
    resolutionRate
    satisfactionRate
    overdue
    respondedInTime
    resolved
    ratings
    satisfied
  }
`;

export const REQUEST_METRICS: TypedDocumentNode<
  { requestMetrics: { overall: RateMetrics; rows: MetricsRow[] } },
  { from: string; to: string; groupBy?: MetricsGroupBy | null }
> = gql`
  query RequestMetrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy) {
    requestMetrics(from: $from, to: $to, groupBy: $groupBy) {
      overall {
        ...RateFields
      }
      rows {
        key
        label
        metrics {
          ...RateFields
        }
      }
    }
  }
  ${RATE_FIELDS}
`;

export interface DepartmentSummary {
  department: string;
  count: number;
  averageResponseSpeed: number;
  averageQuality: number;
}

export const DEPARTMENT_SUMMARY: TypedDocumentNode<
  { departmentEvaluationSummary: DepartmentSummary[] },
  { from: string; to: string; minCount: number }
> = gql`
  query DepartmentEvaluationSummary($from: DateTime!, $to: DateTime!, $minCount: Int) {
    departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) {
      department
      count
      averageResponseSpeed
      averageQuality
    }
  }
`;

export interface DepartmentEvaluationRow {
  id: string;
  department: string;
  responseSpeed: number;
  quality: number;
  comment: string | null;
  evaluatedAt: string;
  request: { id: string; code: string; title: string } | null;
}

export const DEPARTMENT_EVALUATIONS: TypedDocumentNode<
  { departmentEvaluations: DepartmentEvaluationRow[] },
  { from: string; to: string }
> = gql`
  query DepartmentEvaluations($from: DateTime!, $to: DateTime!) {
    departmentEvaluations(from: $from, to: $to) {
      id
      department
      responseSpeed
      quality
      comment
      evaluatedAt
      request {
        id
        code
        title
      }
    }
  }
`;

export interface DepartmentEvaluationInput {
  department: string;
  requestId?: string | null;
  responseSpeed: number;
  quality: number;
  comment?: string | null;
}

export const EVALUATE_DEPARTMENT: TypedDocumentNode<
  { evaluateDepartment: DepartmentEvaluationRow },
  { input: DepartmentEvaluationInput }
> = gql`
  mutation EvaluateDepartment($input: DepartmentEvaluationInput!) {
    evaluateDepartment(input: $input) {
      id
      department
      responseSpeed
      quality
      comment
      evaluatedAt
      request {
        id
        code
        title
      }
    }
  }
`;
