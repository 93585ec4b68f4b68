import { graphql } from "../gql";
import type { StationItemFieldsFragment } from "../gql/graphql";

export type ItemRow = StationItemFieldsFragment;

graphql(`
  fragment StationItemFields on ExchangeItem {
    id
    title
    description
    status
    postedAt
    claimedAt
    closedAt
    owner {
      id
      name
    }
    claimant {
      id
      name
    }
  }
`);

export const EXCHANGE_ITEMS = graphql(`
  query ExchangeItems($status: ItemStatus, $first: Int!, $communityId: ID) {
    exchangeItems(status: $status, first: $first, communityId: $communityId) {
      ...StationItemFields
    }
  }
`);

export const POST_ITEM = graphql(`
  mutation PostItem($input: PostItemInput!) {
    postItem(input: $input) {
      ...StationItemFields
    }
  }
`);

export const CLAIM_ITEM = graphql(`
  mutation ClaimItem($id: ID!, $claimantId: ID!) {
    claimItem(id: $id, claimantId: $claimantId) {
      ...StationItemFields
    }
  }
`);

export const HAND_OVER_ITEM = graphql(`
  mutation HandOverItem($id: ID!) {
    handOverItem(id: $id) {
      ...StationItemFields
    }
  }
`);

export const WITHDRAW_ITEM = graphql(`
  mutation WithdrawItem($id: ID!) {
    withdrawItem(id: $id) {
      ...StationItemFields
    }
  }
`);
