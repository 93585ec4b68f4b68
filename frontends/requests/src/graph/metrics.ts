import { graphql } from "../gql";
import type { DepartmentEvaluationsQuery, DepartmentEvaluationSummaryQuery, RateFieldsFragment, RequestMetricsQuery } from "../gql/graphql";

export type RateMetrics = RateFieldsFragment;

graphql(`
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
    pendingResponse
    pendingResolution
  }
`);

export const REQUEST_METRICS = graphql(`
  query RequestMetrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy, $communityId: ID) {
    requestMetrics(from: $from, to: $to, groupBy: $groupBy, communityId: $communityId) {
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
`);

export const DEPARTMENT_SUMMARY = graphql(`
  query DepartmentEvaluationSummary($from: DateTime!, $to: DateTime!, $minCount: Int) {
    departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) {
      department
      count
      averageResponseSpeed
      averageQuality
    }
  }
`);

export const DEPARTMENT_EVALUATIONS = graphql(`
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
`);

export const EVALUATE_DEPARTMENT = graphql(`
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
`);

export type MetricsRow = RequestMetricsQuery["requestMetrics"]["rows"][number];
export type DepartmentSummary = DepartmentEvaluationSummaryQuery["departmentEvaluationSummary"][number];
export type DepartmentEvaluationRow = DepartmentEvaluationsQuery["departmentEvaluations"][number];
