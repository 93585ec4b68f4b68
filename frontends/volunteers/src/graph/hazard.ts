import { graphql } from "../gql";
import type { VolunteerReportHazardMutation } from "../gql/graphql";

/** The requests subgraph's categories (安全隐患, 路灯损坏, ...). */
export const REQUEST_CATEGORIES = graphql(`
  query VolunteerRequestCategories {
    requestCategories {
      id
      name
    }
  }
`);

/** Owned by the requests subgraph; sent through the gateway like any other operation. */
export const SUBMIT_HAZARD = graphql(`
  mutation VolunteerReportHazard($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      id
      code
      title
      channel
      category
      status
    }
  }
`);

export type SubmittedRequest = VolunteerReportHazardMutation["submitRequest"];
