import { graphql } from "../gql";
import type { CouncilClassDetailQuery, CouncilClassesQuery, CouncilNeighbourhoodsQuery, CouncilSearchPeopleQuery } from "../gql/graphql";

/** Every resident class (居民班级) of the community acted in, with its monitor (班长). */
export const RESIDENT_CLASSES = graphql(`
  query CouncilClasses($communityId: ID) {
    residentClasses(communityId: $communityId) {
      id
      name
      memberCount
      neighbourhood {
        id
        name
      }
      monitor {
        id
        name
      }
    }
  }
`);

export type ClassRow = CouncilClassesQuery["residentClasses"][number];

/**
 * A class's page: its committee (班委会), a page of members (`withPeople`: to those who may read names, see
 * mayReadNames) and the meetings of the window.
 */
export const RESIDENT_CLASS = graphql(`
  query CouncilClassDetail($id: ID!, $first: Int, $after: String, $from: DateTime!, $to: DateTime!, $withPeople: Boolean!) {
    residentClass(id: $id) {
      id
      name
      memberCount
      community {
        id
        name
      }
      neighbourhood {
        id
        name
      }
      monitor {
        id
        name
      }
      committee @include(if: $withPeople) {
        post
        person {
          id
          name
        }
      }
      members(first: $first, after: $after) @include(if: $withPeople) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            joinedAt
            person {
              id
              name
            }
          }
        }
      }
      meetings(from: $from, to: $to) {
        id
        kind
        title
        startsAt
        endsAt
        status
      }
    }
  }
`);

export type ClassDetail = NonNullable<CouncilClassDetailQuery["residentClass"]>;
export type ClassMemberRow = NonNullable<ClassDetail["members"]>["edges"][number]["node"];

export const CREATE_RESIDENT_CLASS = graphql(`
  mutation CouncilCreateClass($name: String!, $neighbourhoodId: ID, $communityId: ID) {
    createResidentClass(name: $name, neighbourhoodId: $neighbourhoodId, communityId: $communityId) {
      id
      name
      memberCount
    }
  }
`);

export const ADD_CLASS_MEMBER = graphql(`
  mutation CouncilAddClassMember($classId: ID!, $personId: ID!) {
    addClassMember(classId: $classId, personId: $personId) {
      id
      memberCount
    }
  }
`);

export const SET_COMMITTEE_POST = graphql(`
  mutation CouncilSetCommitteePost($classId: ID!, $personId: ID!, $post: CommitteePost!) {
    setCommitteePost(classId: $classId, personId: $personId, post: $post) {
      id
      monitor {
        id
        name
      }
      committee {
        post
        person {
          id
          name
        }
      }
    }
  }
`);

/** The neighbourhoods a new class may belong to: the grids' of the community acted in. */
export const NEIGHBOURHOODS = graphql(`
  query CouncilNeighbourhoods($communityId: ID) {
    grids(communityId: $communityId) {
      id
      name
      neighbourhoods {
        id
        name
      }
    }
  }
`);

export type GridOption = CouncilNeighbourhoodsQuery["grids"][number];

/** The person picker's search (organisation's `people`). */
export const SEARCH_PEOPLE = graphql(`
  query CouncilSearchPeople($search: String, $first: Int) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export type PersonOption = CouncilSearchPeopleQuery["people"]["edges"][number]["node"];

/** Who is a monitor of which class: whether the viewer runs community votes (the 班长议事会). */
export const CLASS_MONITORS = graphql(`
  query CouncilClassMonitors($communityId: ID) {
    residentClasses(communityId: $communityId) {
      id
      monitor {
        id
      }
    }
  }
`);
