import { graphql } from "../gql";
import type { DispatchRulesQuery, MyTasksQuery, ServiceUnitsQuery, UnitsForDispatchQuery } from "../gql/graphql";

/*
 * The work-order system (issue 12): service units (承办单位), dispatch to them, the members' worklists (我的任务),
 * dispatch rules, the SLA table and aftercare (reopen, 回访, confirming a review).
 */

/** The registry of service units: settings lists them with leader, members and the linked volunteer team. */
export const SERVICE_UNITS = graphql(`
  query ServiceUnits($communityId: ID) {
    serviceUnits(communityId: $communityId) {
      id
      name
      forceKind
      active
      community {
        id
        name
      }
      leader {
        id
        name
      }
      members {
        id
        name
      }
      volunteerTeam {
        id
        name
      }
    }
  }
`);

/** The units a request may go to (of its community), with their members for the optional person. */
export const UNITS_FOR_DISPATCH = graphql(`
  query UnitsForDispatch($communityId: ID) {
    serviceUnits(communityId: $communityId) {
      id
      name
      forceKind
      active
      leader {
        id
      }
      members {
        id
        name
      }
    }
  }
`);

export const CREATE_SERVICE_UNIT = graphql(`
  mutation CreateServiceUnit($input: ServiceUnitInput!) {
    createServiceUnit(input: $input) {
      id
      name
      forceKind
      active
    }
  }
`);

export const DISPATCH_RULES = graphql(`
  query DispatchRules($communityId: ID) {
    dispatchRules(communityId: $communityId) {
      id
      position
      category
      urgency
      automatic
      grid {
        id
        name
      }
      unit {
        id
        name
        forceKind
      }
    }
  }
`);

export const CREATE_DISPATCH_RULE = graphql(`
  mutation CreateDispatchRule($input: DispatchRuleInput!) {
    createDispatchRule(input: $input) {
      id
      position
    }
  }
`);

export const DELETE_DISPATCH_RULE = graphql(`
  mutation DeleteDispatchRule($id: ID!) {
    deleteDispatchRule(id: $id)
  }
`);

export const SET_CATEGORY_DEADLINES = graphql(`
  mutation SetCategoryDeadlines($categoryId: ID!, $deadlines: [CategoryDeadlineInput!]!) {
    setCategoryDeadlines(categoryId: $categoryId, deadlines: $deadlines) {
      id
      name
      deadlines {
        urgency
        respondHours
        resolveHours
        workingTime
      }
    }
  }
`);

/** 派单 to a unit of the registry (staff), or, with the unit already handling it and a member, 改派 within the unit. */
export const DISPATCH_REQUEST = graphql(`
  mutation DispatchRequest($id: ID!, $unitId: ID!, $personId: ID, $note: String) {
    dispatchRequest(id: $id, unitId: $unitId, personId: $personId, note: $note) {
      ...RequestCardFields
    }
  }
`);

export const REOPEN_REQUEST = graphql(`
  mutation ReopenRequest($id: ID!, $reason: String!) {
    reopenRequest(id: $id, reason: $reason) {
      ...RequestCardFields
    }
  }
`);

export const RECORD_CALLBACK_RATING = graphql(`
  mutation RecordCallbackRating($id: ID!, $score: Int!, $comment: String) {
    recordCallbackRating(id: $id, score: $score, comment: $comment) {
      ...RequestCardFields
    }
  }
`);

export const CONFIRM_REVIEW = graphql(`
  mutation ConfirmReview($id: ID!) {
    confirmReview(id: $id) {
      ...RequestCardFields
    }
  }
`);

/**
 * What a worklist row shows. Members of a unit may not read everything staff read (never an anonymous
 * request's submitter), so the worklist and its mutations ask for no personal field of the submitter.
 */
graphql(`
  fragment TaskFields on ResidentRequest {
    id
    code
    title
    status
    category
    urgency
    level
    deadlineState
    submittedAt
    respondBy
    resolveBy
    units {
      id
      name
      forceKind
    }
    assignment {
      assigneePerson {
        id
        name
      }
    }
  }
`);

/** 我的任务: the requests handled by a unit the viewer is a member of. */
export const MY_TASKS = graphql(`
  query MyTasks($filter: RequestFilter, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TaskFields
        }
      }
    }
  }
`);

export const START_TASK = graphql(`
  mutation StartTask($id: ID!) {
    startRequest(id: $id) {
      ...TaskFields
    }
  }
`);

export const RESOLVE_TASK = graphql(`
  mutation ResolveTask($id: ID!, $note: String!) {
    resolveRequest(id: $id, note: $note) {
      ...TaskFields
    }
  }
`);

export const REASSIGN_TASK = graphql(`
  mutation ReassignTask($id: ID!, $unitId: ID!, $personId: ID!) {
    dispatchRequest(id: $id, unitId: $unitId, personId: $personId) {
      ...TaskFields
    }
  }
`);

export type ServiceUnitRow = ServiceUnitsQuery["serviceUnits"][number];
export type DispatchUnit = UnitsForDispatchQuery["serviceUnits"][number];
export type DispatchRuleRow = DispatchRulesQuery["dispatchRules"][number];
export type TaskRow = MyTasksQuery["requests"]["edges"][number]["node"];
