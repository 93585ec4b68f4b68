import { gql, type TypedDocumentNode } from "@apollo/client";

/** The requests subgraph's categories (安全隐患, 路灯损坏, ...). */
export const REQUEST_CATEGORIES: TypedDocumentNode<{ requestCategories: Array<{ id: string; name: string }> }, Record<string, never>> = gql`
  query VolunteerRequestCategories {
    requestCategories {
      id
      name
    }
  }
`;

export interface SubmitHazardInput {
  clientRequestId: string;
  title: string;
  description: string;
  channel: "PATROL";
  category: string;
  patrolShiftId: string;
}

export interface SubmittedRequest {
  id: string;
  code: string;
  title: string;
  channel: string;
  category: string;
  status: string;
}

/** Owned by the requests subgraph; sent through the gateway like any other operation. */
export const SUBMIT_HAZARD: TypedDocumentNode<{ submitRequest: SubmittedRequest }, { input: SubmitHazardInput }> = gql`
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
`;
