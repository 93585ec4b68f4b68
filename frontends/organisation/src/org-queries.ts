import { gql, type TypedDocumentNode } from "@apollo/client";
import type { CompoundForm, OrgUnitKind } from "./labels";

export interface OrgUnitSummary {
  id: string;
  name: string;
  kind: OrgUnitKind;
  form: CompoundForm | null;
}

export interface OrgRootsData {
  orgRoots: Array<OrgUnitSummary & { children: OrgUnitSummary[] }>;
}

export const ORG_ROOTS: TypedDocumentNode<OrgRootsData, Record<string, never>> = gql`
  query OrgRoots {
    orgRoots {
      id
      name
      kind
      form
      children {
        id
        name
        kind
        form
      }
    }
  }
`;

export interface OrgUnitChildrenData {
  orgUnit: { id: string; children: OrgUnitSummary[] } | null;
}

export const ORG_UNIT_CHILDREN: TypedDocumentNode<OrgUnitChildrenData, { id: string }> = gql`
  query OrgUnitChildren($id: ID!) {
    orgUnit(id: $id) {
      id
      children {
        id
        name
        kind
        form
      }
    }
  }
`;

export interface OrgUnitDetailData {
  orgUnit:
    | (OrgUnitSummary & {
        ancestors: Array<{ id: string; name: string }>;
        children: OrgUnitSummary[];
        secretary: { id: string; name: string } | null;
        memberCount: number;
      })
    | null;
}

export const ORG_UNIT_DETAIL: TypedDocumentNode<OrgUnitDetailData, { id: string }> = gql`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
      form
      ancestors {
        id
        name
      }
      children {
        id
        name
        kind
        form
      }
      secretary {
        id
        name
      }
      memberCount
    }
  }
`;
