import { graphql } from "../gql";

export type {
  OrgUnitSummaryFragment as OrgUnitSummary,
  PersonRefFragment as PersonRef,
  TreeUnitFragment as TreeUnitFields,
} from "../gql/graphql";

graphql(`
  fragment PersonRef on Person {
    id
    name
  }
`);

graphql(`
  fragment OrgUnitSummary on OrgUnit {
    id
    name
    kind
    form
  }
`);

/**
 * The fields of a tree node. `memberCount(includeDescendants: true)` and `secretary` are read ahead by
 * the subgraph, so a whole level (with counts and secretaries) costs one SQL statement.
 */
graphql(`
  fragment TreeUnit on OrgUnit {
    ...OrgUnitSummary
    memberCount(includeDescendants: true)
    secretary {
      ...PersonRef
    }
  }
`);
