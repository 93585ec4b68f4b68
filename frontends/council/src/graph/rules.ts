import { graphql } from "../gql";
import type { CouncilRuleQuery, CouncilRulesQuery } from "../gql/graphql";

/** The rules library (居民公约, 管理规定) of the community acted in, with each rule's current version. */
export const COMMUNITY_RULES = graphql(`
  query CouncilRules($communityId: ID) {
    communityRules(communityId: $communityId) {
      id
      title
      community {
        id
        name
      }
      current {
        number
        adoptedAt
      }
    }
  }
`);

export type RuleRow = CouncilRulesQuery["communityRules"][number];

/** One rule with every version (oldest first), each with the proposal that adopted it. */
export const COMMUNITY_RULE = graphql(`
  query CouncilRule($id: ID!) {
    communityRule(id: $id) {
      id
      title
      community {
        id
        name
      }
      current {
        number
      }
      versions {
        number
        text
        adoptedAt
        proposal {
          id
          title
        }
      }
    }
  }
`);

export type RuleDetail = NonNullable<CouncilRuleQuery["communityRule"]>;
export type RuleVersionRow = RuleDetail["versions"][number];
