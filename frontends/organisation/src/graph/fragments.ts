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
 * The fields of a tree node: the party tree's public face (names, kinds, counts; no secretaries, whose names
 * only some readers may see: the unit's page asks for its own). `memberCount(includeDescendants: true)` is
 * read ahead by the subgraph, so a whole level with its counts costs one SQL statement.
 */
graphql(`
  fragment TreeUnit on OrgUnit {
    ...OrgUnitSummary
    memberCount(includeDescendants: true)
  }
`);
