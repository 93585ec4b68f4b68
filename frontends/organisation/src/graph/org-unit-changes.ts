import { graphql } from "../gql";

export const CREATE_ORG_UNIT = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitSummary
      parent {
        id
      }
    }
  }
`);

export const RENAME_ORG_UNIT = graphql(`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const MOVE_ORG_UNIT = graphql(`
  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {
    moveOrgUnit(id: $id, newParentId: $newParentId) {
      id
      parent {
        id
        name
      }
    }
  }
`);

export const DELETE_ORG_UNIT = graphql(`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id)
  }
`);

export const SET_SECRETARY = graphql(`
  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {
    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {
      id
      secretary {
        ...PersonRef
      }
    }
  }
`);
