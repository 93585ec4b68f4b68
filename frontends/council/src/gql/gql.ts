/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CouncilClasses($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      name\n      memberCount\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CouncilClassesDocument,
    "\n  query CouncilClassDetail($id: ID!, $first: Int, $after: String, $from: DateTime!, $to: DateTime!, $withPeople: Boolean!) {\n    residentClass(id: $id) {\n      id\n      name\n      memberCount\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n      committee @include(if: $withPeople) {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first, after: $after) @include(if: $withPeople) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            joinedAt\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n      meetings(from: $from, to: $to) {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": typeof types.CouncilClassDetailDocument,
    "\n  mutation CouncilCreateClass($name: String!, $neighbourhoodId: ID, $communityId: ID) {\n    createResidentClass(name: $name, neighbourhoodId: $neighbourhoodId, communityId: $communityId) {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.CouncilCreateClassDocument,
    "\n  mutation CouncilAddClassMember($classId: ID!, $personId: ID!) {\n    addClassMember(classId: $classId, personId: $personId) {\n      id\n      memberCount\n    }\n  }\n": typeof types.CouncilAddClassMemberDocument,
    "\n  mutation CouncilSetCommitteePost($classId: ID!, $personId: ID!, $post: CommitteePost!) {\n    setCommitteePost(classId: $classId, personId: $personId, post: $post) {\n      id\n      monitor {\n        id\n        name\n      }\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CouncilSetCommitteePostDocument,
    "\n  query CouncilNeighbourhoods($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      name\n      neighbourhoods {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CouncilNeighbourhoodsDocument,
    "\n  query CouncilSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CouncilSearchPeopleDocument,
    "\n  query CouncilClassMonitors($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      monitor {\n        id\n      }\n    }\n  }\n": typeof types.CouncilClassMonitorsDocument,
    "\n  query CouncilMeetings($from: DateTime!, $to: DateTime!, $kind: MeetingKind) {\n    meetings(from: $from, to: $to, kind: $kind) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n      residentClass {\n        id\n        name\n        monitor {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CouncilMeetingsDocument,
    "\n  query CouncilMeetingDetails($id: ID!, $withPeople: Boolean!) {\n    meeting(id: $id) {\n      id\n      minutes\n      booking {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        zone {\n          id\n          name\n        }\n      }\n      attendees @include(if: $withPeople) {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.CouncilMeetingDetailsDocument,
    "\n  mutation CouncilScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n    }\n  }\n": typeof types.CouncilScheduleMeetingDocument,
    "\n  mutation CouncilRecordMeeting($id: ID!, $attendeeIds: [ID!]!, $minutes: String!) {\n    recordMeeting(id: $id, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n      status\n      minutes\n      attendees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CouncilRecordMeetingDocument,
    "\n  query CouncilClassAttendeeCandidates($id: ID!, $first: Int) {\n    residentClass(id: $id) {\n      id\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first) {\n        edges {\n          node {\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CouncilClassAttendeeCandidatesDocument,
    "\n  query CouncilStationZones($communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n    }\n  }\n": typeof types.CouncilStationZonesDocument,
    "\n  query CouncilZoneBookings($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      id\n      name\n      bookings(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": typeof types.CouncilZoneBookingsDocument,
    "\n  query CouncilProposals($status: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          votingClosesAt\n          proposer {\n            id\n            name\n          }\n          residentClass {\n            id\n            name\n          }\n          tally {\n            eligible\n            voted\n          }\n          rule {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CouncilProposalsDocument,
    "\n  fragment CouncilProposalFields on Proposal {\n    id\n    title\n    body\n    status\n    votingClosesAt\n    myVote\n    proposer {\n      id\n      name\n    }\n    residentClass {\n      id\n      name\n      monitor {\n        id\n      }\n    }\n    meeting {\n      id\n      title\n      startsAt\n    }\n    tally {\n      eligible\n      voted\n      yes\n      no\n      abstain\n      quorumMet\n      passed\n    }\n    comments {\n      id\n      text\n      at\n      author {\n        id\n        name\n      }\n    }\n    rule {\n      id\n      title\n      current {\n        number\n      }\n    }\n  }\n": typeof types.CouncilProposalFieldsFragmentDoc,
    "\n  query CouncilProposal($id: ID!) {\n    proposal(id: $id) {\n      ...CouncilProposalFields\n      sourceRequest {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.CouncilProposalDocument,
    "\n  mutation CouncilSubmitProposal($input: ProposalInput!) {\n    submitProposal(input: $input) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilSubmitProposalDocument,
    "\n  mutation CouncilPublishProposal($id: ID!, $commentDays: Int) {\n    publishProposal(id: $id, commentDays: $commentDays) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilPublishProposalDocument,
    "\n  mutation CouncilCommentOnProposal($id: ID!, $text: String!) {\n    commentOnProposal(id: $id, text: $text) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilCommentOnProposalDocument,
    "\n  mutation CouncilOpenVoting($id: ID!, $closesAt: DateTime!) {\n    openVoting(id: $id, closesAt: $closesAt) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilOpenVotingDocument,
    "\n  mutation CouncilCastVote($proposalId: ID!, $choice: VoteChoice!) {\n    castVote(proposalId: $proposalId, choice: $choice) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilCastVoteDocument,
    "\n  mutation CouncilCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilCloseVotingDocument,
    "\n  mutation CouncilWithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n": typeof types.CouncilWithdrawProposalDocument,
    "\n  query CouncilRules($communityId: ID) {\n    communityRules(communityId: $communityId) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n        adoptedAt\n      }\n    }\n  }\n": typeof types.CouncilRulesDocument,
    "\n  query CouncilRule($id: ID!) {\n    communityRule(id: $id) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n      }\n      versions {\n        number\n        text\n        adoptedAt\n        proposal {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CouncilRuleDocument,
};
const documents: Documents = {
    "\n  query CouncilClasses($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      name\n      memberCount\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n    }\n  }\n": types.CouncilClassesDocument,
    "\n  query CouncilClassDetail($id: ID!, $first: Int, $after: String, $from: DateTime!, $to: DateTime!, $withPeople: Boolean!) {\n    residentClass(id: $id) {\n      id\n      name\n      memberCount\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n      committee @include(if: $withPeople) {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first, after: $after) @include(if: $withPeople) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            joinedAt\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n      meetings(from: $from, to: $to) {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": types.CouncilClassDetailDocument,
    "\n  mutation CouncilCreateClass($name: String!, $neighbourhoodId: ID, $communityId: ID) {\n    createResidentClass(name: $name, neighbourhoodId: $neighbourhoodId, communityId: $communityId) {\n      id\n      name\n      memberCount\n    }\n  }\n": types.CouncilCreateClassDocument,
    "\n  mutation CouncilAddClassMember($classId: ID!, $personId: ID!) {\n    addClassMember(classId: $classId, personId: $personId) {\n      id\n      memberCount\n    }\n  }\n": types.CouncilAddClassMemberDocument,
    "\n  mutation CouncilSetCommitteePost($classId: ID!, $personId: ID!, $post: CommitteePost!) {\n    setCommitteePost(classId: $classId, personId: $personId, post: $post) {\n      id\n      monitor {\n        id\n        name\n      }\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CouncilSetCommitteePostDocument,
    "\n  query CouncilNeighbourhoods($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      name\n      neighbourhoods {\n        id\n        name\n      }\n    }\n  }\n": types.CouncilNeighbourhoodsDocument,
    "\n  query CouncilSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CouncilSearchPeopleDocument,
    "\n  query CouncilClassMonitors($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      monitor {\n        id\n      }\n    }\n  }\n": types.CouncilClassMonitorsDocument,
    "\n  query CouncilMeetings($from: DateTime!, $to: DateTime!, $kind: MeetingKind) {\n    meetings(from: $from, to: $to, kind: $kind) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n      residentClass {\n        id\n        name\n        monitor {\n          id\n        }\n      }\n    }\n  }\n": types.CouncilMeetingsDocument,
    "\n  query CouncilMeetingDetails($id: ID!, $withPeople: Boolean!) {\n    meeting(id: $id) {\n      id\n      minutes\n      booking {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        zone {\n          id\n          name\n        }\n      }\n      attendees @include(if: $withPeople) {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.CouncilMeetingDetailsDocument,
    "\n  mutation CouncilScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n    }\n  }\n": types.CouncilScheduleMeetingDocument,
    "\n  mutation CouncilRecordMeeting($id: ID!, $attendeeIds: [ID!]!, $minutes: String!) {\n    recordMeeting(id: $id, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n      status\n      minutes\n      attendees {\n        id\n        name\n      }\n    }\n  }\n": types.CouncilRecordMeetingDocument,
    "\n  query CouncilClassAttendeeCandidates($id: ID!, $first: Int) {\n    residentClass(id: $id) {\n      id\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first) {\n        edges {\n          node {\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CouncilClassAttendeeCandidatesDocument,
    "\n  query CouncilStationZones($communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n    }\n  }\n": types.CouncilStationZonesDocument,
    "\n  query CouncilZoneBookings($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      id\n      name\n      bookings(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n": types.CouncilZoneBookingsDocument,
    "\n  query CouncilProposals($status: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          votingClosesAt\n          proposer {\n            id\n            name\n          }\n          residentClass {\n            id\n            name\n          }\n          tally {\n            eligible\n            voted\n          }\n          rule {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CouncilProposalsDocument,
    "\n  fragment CouncilProposalFields on Proposal {\n    id\n    title\n    body\n    status\n    votingClosesAt\n    myVote\n    proposer {\n      id\n      name\n    }\n    residentClass {\n      id\n      name\n      monitor {\n        id\n      }\n    }\n    meeting {\n      id\n      title\n      startsAt\n    }\n    tally {\n      eligible\n      voted\n      yes\n      no\n      abstain\n      quorumMet\n      passed\n    }\n    comments {\n      id\n      text\n      at\n      author {\n        id\n        name\n      }\n    }\n    rule {\n      id\n      title\n      current {\n        number\n      }\n    }\n  }\n": types.CouncilProposalFieldsFragmentDoc,
    "\n  query CouncilProposal($id: ID!) {\n    proposal(id: $id) {\n      ...CouncilProposalFields\n      sourceRequest {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.CouncilProposalDocument,
    "\n  mutation CouncilSubmitProposal($input: ProposalInput!) {\n    submitProposal(input: $input) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilSubmitProposalDocument,
    "\n  mutation CouncilPublishProposal($id: ID!, $commentDays: Int) {\n    publishProposal(id: $id, commentDays: $commentDays) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilPublishProposalDocument,
    "\n  mutation CouncilCommentOnProposal($id: ID!, $text: String!) {\n    commentOnProposal(id: $id, text: $text) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilCommentOnProposalDocument,
    "\n  mutation CouncilOpenVoting($id: ID!, $closesAt: DateTime!) {\n    openVoting(id: $id, closesAt: $closesAt) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilOpenVotingDocument,
    "\n  mutation CouncilCastVote($proposalId: ID!, $choice: VoteChoice!) {\n    castVote(proposalId: $proposalId, choice: $choice) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilCastVoteDocument,
    "\n  mutation CouncilCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilCloseVotingDocument,
    "\n  mutation CouncilWithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n": types.CouncilWithdrawProposalDocument,
    "\n  query CouncilRules($communityId: ID) {\n    communityRules(communityId: $communityId) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n        adoptedAt\n      }\n    }\n  }\n": types.CouncilRulesDocument,
    "\n  query CouncilRule($id: ID!) {\n    communityRule(id: $id) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n      }\n      versions {\n        number\n        text\n        adoptedAt\n        proposal {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CouncilRuleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilClasses($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      name\n      memberCount\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilClasses($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      name\n      memberCount\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilClassDetail($id: ID!, $first: Int, $after: String, $from: DateTime!, $to: DateTime!, $withPeople: Boolean!) {\n    residentClass(id: $id) {\n      id\n      name\n      memberCount\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n      committee @include(if: $withPeople) {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first, after: $after) @include(if: $withPeople) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            joinedAt\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n      meetings(from: $from, to: $to) {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilClassDetail($id: ID!, $first: Int, $after: String, $from: DateTime!, $to: DateTime!, $withPeople: Boolean!) {\n    residentClass(id: $id) {\n      id\n      name\n      memberCount\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n      }\n      monitor {\n        id\n        name\n      }\n      committee @include(if: $withPeople) {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first, after: $after) @include(if: $withPeople) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            joinedAt\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n      meetings(from: $from, to: $to) {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCreateClass($name: String!, $neighbourhoodId: ID, $communityId: ID) {\n    createResidentClass(name: $name, neighbourhoodId: $neighbourhoodId, communityId: $communityId) {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilCreateClass($name: String!, $neighbourhoodId: ID, $communityId: ID) {\n    createResidentClass(name: $name, neighbourhoodId: $neighbourhoodId, communityId: $communityId) {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilAddClassMember($classId: ID!, $personId: ID!) {\n    addClassMember(classId: $classId, personId: $personId) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilAddClassMember($classId: ID!, $personId: ID!) {\n    addClassMember(classId: $classId, personId: $personId) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilSetCommitteePost($classId: ID!, $personId: ID!, $post: CommitteePost!) {\n    setCommitteePost(classId: $classId, personId: $personId, post: $post) {\n      id\n      monitor {\n        id\n        name\n      }\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilSetCommitteePost($classId: ID!, $personId: ID!, $post: CommitteePost!) {\n    setCommitteePost(classId: $classId, personId: $personId, post: $post) {\n      id\n      monitor {\n        id\n        name\n      }\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilNeighbourhoods($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      name\n      neighbourhoods {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilNeighbourhoods($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      name\n      neighbourhoods {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilClassMonitors($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      monitor {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilClassMonitors($communityId: ID) {\n    residentClasses(communityId: $communityId) {\n      id\n      monitor {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMeetings($from: DateTime!, $to: DateTime!, $kind: MeetingKind) {\n    meetings(from: $from, to: $to, kind: $kind) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n      residentClass {\n        id\n        name\n        monitor {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilMeetings($from: DateTime!, $to: DateTime!, $kind: MeetingKind) {\n    meetings(from: $from, to: $to, kind: $kind) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n      residentClass {\n        id\n        name\n        monitor {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMeetingDetails($id: ID!, $withPeople: Boolean!) {\n    meeting(id: $id) {\n      id\n      minutes\n      booking {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        zone {\n          id\n          name\n        }\n      }\n      attendees @include(if: $withPeople) {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilMeetingDetails($id: ID!, $withPeople: Boolean!) {\n    meeting(id: $id) {\n      id\n      minutes\n      booking {\n        id\n        title\n        startsAt\n        endsAt\n        status\n        zone {\n          id\n          name\n        }\n      }\n      attendees @include(if: $withPeople) {\n        id\n        name\n      }\n      agenda {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilScheduleMeeting($input: MeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n      kind\n      title\n      startsAt\n      endsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilRecordMeeting($id: ID!, $attendeeIds: [ID!]!, $minutes: String!) {\n    recordMeeting(id: $id, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n      status\n      minutes\n      attendees {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilRecordMeeting($id: ID!, $attendeeIds: [ID!]!, $minutes: String!) {\n    recordMeeting(id: $id, attendeeIds: $attendeeIds, minutes: $minutes) {\n      id\n      status\n      minutes\n      attendees {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilClassAttendeeCandidates($id: ID!, $first: Int) {\n    residentClass(id: $id) {\n      id\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first) {\n        edges {\n          node {\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilClassAttendeeCandidates($id: ID!, $first: Int) {\n    residentClass(id: $id) {\n      id\n      committee {\n        post\n        person {\n          id\n          name\n        }\n      }\n      members(first: $first) {\n        edges {\n          node {\n            person {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilStationZones($communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CouncilStationZones($communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilZoneBookings($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      id\n      name\n      bookings(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilZoneBookings($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      id\n      name\n      bookings(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilProposals($status: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          votingClosesAt\n          proposer {\n            id\n            name\n          }\n          residentClass {\n            id\n            name\n          }\n          tally {\n            eligible\n            voted\n          }\n          rule {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilProposals($status: [ProposalStatus!], $first: Int, $after: String) {\n    proposals(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          votingClosesAt\n          proposer {\n            id\n            name\n          }\n          residentClass {\n            id\n            name\n          }\n          tally {\n            eligible\n            voted\n          }\n          rule {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilProposalFields on Proposal {\n    id\n    title\n    body\n    status\n    votingClosesAt\n    myVote\n    proposer {\n      id\n      name\n    }\n    residentClass {\n      id\n      name\n      monitor {\n        id\n      }\n    }\n    meeting {\n      id\n      title\n      startsAt\n    }\n    tally {\n      eligible\n      voted\n      yes\n      no\n      abstain\n      quorumMet\n      passed\n    }\n    comments {\n      id\n      text\n      at\n      author {\n        id\n        name\n      }\n    }\n    rule {\n      id\n      title\n      current {\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CouncilProposalFields on Proposal {\n    id\n    title\n    body\n    status\n    votingClosesAt\n    myVote\n    proposer {\n      id\n      name\n    }\n    residentClass {\n      id\n      name\n      monitor {\n        id\n      }\n    }\n    meeting {\n      id\n      title\n      startsAt\n    }\n    tally {\n      eligible\n      voted\n      yes\n      no\n      abstain\n      quorumMet\n      passed\n    }\n    comments {\n      id\n      text\n      at\n      author {\n        id\n        name\n      }\n    }\n    rule {\n      id\n      title\n      current {\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilProposal($id: ID!) {\n    proposal(id: $id) {\n      ...CouncilProposalFields\n      sourceRequest {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilProposal($id: ID!) {\n    proposal(id: $id) {\n      ...CouncilProposalFields\n      sourceRequest {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilSubmitProposal($input: ProposalInput!) {\n    submitProposal(input: $input) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilSubmitProposal($input: ProposalInput!) {\n    submitProposal(input: $input) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilPublishProposal($id: ID!, $commentDays: Int) {\n    publishProposal(id: $id, commentDays: $commentDays) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilPublishProposal($id: ID!, $commentDays: Int) {\n    publishProposal(id: $id, commentDays: $commentDays) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCommentOnProposal($id: ID!, $text: String!) {\n    commentOnProposal(id: $id, text: $text) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilCommentOnProposal($id: ID!, $text: String!) {\n    commentOnProposal(id: $id, text: $text) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilOpenVoting($id: ID!, $closesAt: DateTime!) {\n    openVoting(id: $id, closesAt: $closesAt) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilOpenVoting($id: ID!, $closesAt: DateTime!) {\n    openVoting(id: $id, closesAt: $closesAt) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCastVote($proposalId: ID!, $choice: VoteChoice!) {\n    castVote(proposalId: $proposalId, choice: $choice) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilCastVote($proposalId: ID!, $choice: VoteChoice!) {\n    castVote(proposalId: $proposalId, choice: $choice) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilCloseVoting($id: ID!) {\n    closeVoting(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilWithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilWithdrawProposal($id: ID!) {\n    withdrawProposal(id: $id) {\n      ...CouncilProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilRules($communityId: ID) {\n    communityRules(communityId: $communityId) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n        adoptedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilRules($communityId: ID) {\n    communityRules(communityId: $communityId) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n        adoptedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilRule($id: ID!) {\n    communityRule(id: $id) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n      }\n      versions {\n        number\n        text\n        adoptedAt\n        proposal {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilRule($id: ID!) {\n    communityRule(id: $id) {\n      id\n      title\n      community {\n        id\n        name\n      }\n      current {\n        number\n      }\n      versions {\n        number\n        text\n        adoptedAt\n        proposal {\n          id\n          title\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;