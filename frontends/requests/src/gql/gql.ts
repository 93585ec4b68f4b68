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
    "\n  query RequestCategories {\n    requestCategories {\n      id\n      name\n      defaultLevel\n      defaultUrgency\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n": typeof types.RequestCategoriesDocument,
    "\n  query Grids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.GridsDocument,
    "\n  query VolunteerTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n": typeof types.VolunteerTeamsDocument,
    "\n  query PatrolShifts($from: DateTime!, $to: DateTime!) {\n    volunteerTeams(kind: PATROL) {\n      id\n      name\n      shifts(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        location\n      }\n    }\n  }\n": typeof types.PatrolShiftsDocument,
    "\n  query SearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n            grid {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchPeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  fragment RateFields on RateMetrics {\n    total\n    responseRate\n    resolutionRate\n    satisfactionRate\n    overdue\n    respondedInTime\n    resolved\n    ratings\n    satisfied\n    pendingResponse\n    pendingResolution\n  }\n": typeof types.RateFieldsFragmentDoc,
    "\n  query RequestMetrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy, $communityId: ID) {\n    requestMetrics(from: $from, to: $to, groupBy: $groupBy, communityId: $communityId) {\n      overall {\n        ...RateFields\n      }\n      rows {\n        key\n        label\n        metrics {\n          ...RateFields\n        }\n      }\n    }\n  }\n": typeof types.RequestMetricsDocument,
    "\n  query DepartmentEvaluationSummary($from: DateTime!, $to: DateTime!, $minCount: Int) {\n    departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) {\n      department\n      count\n      averageResponseSpeed\n      averageQuality\n    }\n  }\n": typeof types.DepartmentEvaluationSummaryDocument,
    "\n  query DepartmentEvaluations($from: DateTime!, $to: DateTime!) {\n    departmentEvaluations(from: $from, to: $to) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.DepartmentEvaluationsDocument,
    "\n  mutation EvaluateDepartment($input: DepartmentEvaluationInput!) {\n    evaluateDepartment(input: $input) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.EvaluateDepartmentDocument,
    "\n  query CommunityRanking($month: String!, $streetId: ID) {\n    communityRanking(month: $month, streetId: $streetId) {\n      community {\n        id\n        code\n        name\n      }\n      rank\n      ranked\n      requests\n      responseRate\n      resolutionRate\n      satisfactionRate\n    }\n  }\n": typeof types.CommunityRankingDocument,
    "\n  fragment RequestCardFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    channel\n    category\n    level\n    urgency\n    overdue\n    deadlineState\n    anonymous\n    submittedAt\n    respondBy\n    resolveBy\n    community {\n      id\n    }\n    submitter {\n      id\n      name\n    }\n    units {\n      id\n      name\n      forceKind\n    }\n    suggestedUnit {\n      id\n      name\n      forceKind\n    }\n    grid {\n      id\n      name\n    }\n    assignment {\n      forceKind\n      assigneeName\n      assignedAt\n      volunteerTeam {\n        id\n        name\n      }\n    }\n    residentRating {\n      score\n      comment\n      ratedAt\n    }\n    communityReview {\n      reasonable\n      note\n      reviewedAt\n    }\n  }\n": typeof types.RequestCardFieldsFragmentDoc,
    "\n  fragment RequestEventFields on RequestEvent {\n    at\n    type\n    note\n    actor {\n      id\n      name\n    }\n  }\n": typeof types.RequestEventFieldsFragmentDoc,
    "\n  query RequestList($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          title\n          status\n          channel\n          category\n          urgency\n          overdue\n          deadlineState\n          anonymous\n          submittedAt\n          submitter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RequestListDocument,
    "\n  query BoardColumn($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n        }\n      }\n    }\n  }\n": typeof types.BoardColumnDocument,
    "\n  query MyRequests($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n          description\n          events {\n            ...RequestEventFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestCardFields\n      description\n      respondedAt\n      resolvedAt\n      neighbourhood {\n        id\n        name\n      }\n      patrolShift {\n        id\n        title\n        startsAt\n        team {\n          id\n          name\n        }\n      }\n      assignment {\n        assigneePerson {\n          id\n          name\n        }\n      }\n      events {\n        ...RequestEventFields\n      }\n    }\n  }\n": typeof types.RequestDetailDocument,
    "\n  query RequestProposals($id: ID!) {\n    request(id: $id) {\n      id\n      proposals {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.RequestProposalsDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  mutation AcceptRequest($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) {\n    acceptRequest(id: $id, level: $level, urgency: $urgency) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.AcceptRequestDocument,
    "\n  mutation AssignRequest($id: ID!, $input: AssignInput!) {\n    assignRequest(id: $id, input: $input) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.AssignRequestDocument,
    "\n  mutation StartRequest($id: ID!) {\n    startRequest(id: $id) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.StartRequestDocument,
    "\n  mutation ResolveRequest($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.ResolveRequestDocument,
    "\n  mutation EscalateRequest($id: ID!, $reason: String!) {\n    escalateRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.EscalateRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.RejectRequestDocument,
    "\n  mutation RateRequest($id: ID!, $score: Int!, $comment: String) {\n    rateRequest(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.RateRequestDocument,
    "\n  mutation ReviewRequest($id: ID!, $reasonable: Boolean!, $note: String!) {\n    reviewRequest(id: $id, reasonable: $reasonable, note: $note) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.ReviewRequestDocument,
    "\n  query ServiceUnits($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      community {\n        id\n        name\n      }\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n      volunteerTeam {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ServiceUnitsDocument,
    "\n  query UnitsForDispatch($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      leader {\n        id\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitsForDispatchDocument,
    "\n  mutation CreateServiceUnit($input: ServiceUnitInput!) {\n    createServiceUnit(input: $input) {\n      id\n      name\n      forceKind\n      active\n    }\n  }\n": typeof types.CreateServiceUnitDocument,
    "\n  query DispatchRules($communityId: ID) {\n    dispatchRules(communityId: $communityId) {\n      id\n      position\n      category\n      urgency\n      automatic\n      grid {\n        id\n        name\n      }\n      unit {\n        id\n        name\n        forceKind\n      }\n    }\n  }\n": typeof types.DispatchRulesDocument,
    "\n  mutation CreateDispatchRule($input: DispatchRuleInput!) {\n    createDispatchRule(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.CreateDispatchRuleDocument,
    "\n  mutation DeleteDispatchRule($id: ID!) {\n    deleteDispatchRule(id: $id)\n  }\n": typeof types.DeleteDispatchRuleDocument,
    "\n  mutation SetCategoryDeadlines($categoryId: ID!, $deadlines: [CategoryDeadlineInput!]!) {\n    setCategoryDeadlines(categoryId: $categoryId, deadlines: $deadlines) {\n      id\n      name\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n": typeof types.SetCategoryDeadlinesDocument,
    "\n  mutation DispatchRequest($id: ID!, $unitId: ID!, $personId: ID, $note: String) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId, note: $note) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.DispatchRequestDocument,
    "\n  mutation ReopenRequest($id: ID!, $reason: String!) {\n    reopenRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.ReopenRequestDocument,
    "\n  mutation RecordCallbackRating($id: ID!, $score: Int!, $comment: String) {\n    recordCallbackRating(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.RecordCallbackRatingDocument,
    "\n  mutation ConfirmReview($id: ID!) {\n    confirmReview(id: $id) {\n      ...RequestCardFields\n    }\n  }\n": typeof types.ConfirmReviewDocument,
    "\n  fragment TaskFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    category\n    urgency\n    level\n    deadlineState\n    submittedAt\n    respondBy\n    resolveBy\n    units {\n      id\n      name\n      forceKind\n    }\n    assignment {\n      assigneePerson {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query MyTasks($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation StartTask($id: ID!) {\n    startRequest(id: $id) {\n      ...TaskFields\n    }\n  }\n": typeof types.StartTaskDocument,
    "\n  mutation ResolveTask($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...TaskFields\n    }\n  }\n": typeof types.ResolveTaskDocument,
    "\n  mutation ReassignTask($id: ID!, $unitId: ID!, $personId: ID!) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId) {\n      ...TaskFields\n    }\n  }\n": typeof types.ReassignTaskDocument,
};
const documents: Documents = {
    "\n  query RequestCategories {\n    requestCategories {\n      id\n      name\n      defaultLevel\n      defaultUrgency\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n": types.RequestCategoriesDocument,
    "\n  query Grids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n    }\n  }\n": types.GridsDocument,
    "\n  query VolunteerTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n": types.VolunteerTeamsDocument,
    "\n  query PatrolShifts($from: DateTime!, $to: DateTime!) {\n    volunteerTeams(kind: PATROL) {\n      id\n      name\n      shifts(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        location\n      }\n    }\n  }\n": types.PatrolShiftsDocument,
    "\n  query SearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n            grid {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SearchPeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  fragment RateFields on RateMetrics {\n    total\n    responseRate\n    resolutionRate\n    satisfactionRate\n    overdue\n    respondedInTime\n    resolved\n    ratings\n    satisfied\n    pendingResponse\n    pendingResolution\n  }\n": types.RateFieldsFragmentDoc,
    "\n  query RequestMetrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy, $communityId: ID) {\n    requestMetrics(from: $from, to: $to, groupBy: $groupBy, communityId: $communityId) {\n      overall {\n        ...RateFields\n      }\n      rows {\n        key\n        label\n        metrics {\n          ...RateFields\n        }\n      }\n    }\n  }\n": types.RequestMetricsDocument,
    "\n  query DepartmentEvaluationSummary($from: DateTime!, $to: DateTime!, $minCount: Int) {\n    departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) {\n      department\n      count\n      averageResponseSpeed\n      averageQuality\n    }\n  }\n": types.DepartmentEvaluationSummaryDocument,
    "\n  query DepartmentEvaluations($from: DateTime!, $to: DateTime!) {\n    departmentEvaluations(from: $from, to: $to) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.DepartmentEvaluationsDocument,
    "\n  mutation EvaluateDepartment($input: DepartmentEvaluationInput!) {\n    evaluateDepartment(input: $input) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.EvaluateDepartmentDocument,
    "\n  query CommunityRanking($month: String!, $streetId: ID) {\n    communityRanking(month: $month, streetId: $streetId) {\n      community {\n        id\n        code\n        name\n      }\n      rank\n      ranked\n      requests\n      responseRate\n      resolutionRate\n      satisfactionRate\n    }\n  }\n": types.CommunityRankingDocument,
    "\n  fragment RequestCardFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    channel\n    category\n    level\n    urgency\n    overdue\n    deadlineState\n    anonymous\n    submittedAt\n    respondBy\n    resolveBy\n    community {\n      id\n    }\n    submitter {\n      id\n      name\n    }\n    units {\n      id\n      name\n      forceKind\n    }\n    suggestedUnit {\n      id\n      name\n      forceKind\n    }\n    grid {\n      id\n      name\n    }\n    assignment {\n      forceKind\n      assigneeName\n      assignedAt\n      volunteerTeam {\n        id\n        name\n      }\n    }\n    residentRating {\n      score\n      comment\n      ratedAt\n    }\n    communityReview {\n      reasonable\n      note\n      reviewedAt\n    }\n  }\n": types.RequestCardFieldsFragmentDoc,
    "\n  fragment RequestEventFields on RequestEvent {\n    at\n    type\n    note\n    actor {\n      id\n      name\n    }\n  }\n": types.RequestEventFieldsFragmentDoc,
    "\n  query RequestList($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          title\n          status\n          channel\n          category\n          urgency\n          overdue\n          deadlineState\n          anonymous\n          submittedAt\n          submitter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RequestListDocument,
    "\n  query BoardColumn($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n        }\n      }\n    }\n  }\n": types.BoardColumnDocument,
    "\n  query MyRequests($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n          description\n          events {\n            ...RequestEventFields\n          }\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestCardFields\n      description\n      respondedAt\n      resolvedAt\n      neighbourhood {\n        id\n        name\n      }\n      patrolShift {\n        id\n        title\n        startsAt\n        team {\n          id\n          name\n        }\n      }\n      assignment {\n        assigneePerson {\n          id\n          name\n        }\n      }\n      events {\n        ...RequestEventFields\n      }\n    }\n  }\n": types.RequestDetailDocument,
    "\n  query RequestProposals($id: ID!) {\n    request(id: $id) {\n      id\n      proposals {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.RequestProposalsDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      ...RequestCardFields\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  mutation AcceptRequest($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) {\n    acceptRequest(id: $id, level: $level, urgency: $urgency) {\n      ...RequestCardFields\n    }\n  }\n": types.AcceptRequestDocument,
    "\n  mutation AssignRequest($id: ID!, $input: AssignInput!) {\n    assignRequest(id: $id, input: $input) {\n      ...RequestCardFields\n    }\n  }\n": types.AssignRequestDocument,
    "\n  mutation StartRequest($id: ID!) {\n    startRequest(id: $id) {\n      ...RequestCardFields\n    }\n  }\n": types.StartRequestDocument,
    "\n  mutation ResolveRequest($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...RequestCardFields\n    }\n  }\n": types.ResolveRequestDocument,
    "\n  mutation EscalateRequest($id: ID!, $reason: String!) {\n    escalateRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n": types.EscalateRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n": types.RejectRequestDocument,
    "\n  mutation RateRequest($id: ID!, $score: Int!, $comment: String) {\n    rateRequest(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n": types.RateRequestDocument,
    "\n  mutation ReviewRequest($id: ID!, $reasonable: Boolean!, $note: String!) {\n    reviewRequest(id: $id, reasonable: $reasonable, note: $note) {\n      ...RequestCardFields\n    }\n  }\n": types.ReviewRequestDocument,
    "\n  query ServiceUnits($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      community {\n        id\n        name\n      }\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n      volunteerTeam {\n        id\n        name\n      }\n    }\n  }\n": types.ServiceUnitsDocument,
    "\n  query UnitsForDispatch($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      leader {\n        id\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n": types.UnitsForDispatchDocument,
    "\n  mutation CreateServiceUnit($input: ServiceUnitInput!) {\n    createServiceUnit(input: $input) {\n      id\n      name\n      forceKind\n      active\n    }\n  }\n": types.CreateServiceUnitDocument,
    "\n  query DispatchRules($communityId: ID) {\n    dispatchRules(communityId: $communityId) {\n      id\n      position\n      category\n      urgency\n      automatic\n      grid {\n        id\n        name\n      }\n      unit {\n        id\n        name\n        forceKind\n      }\n    }\n  }\n": types.DispatchRulesDocument,
    "\n  mutation CreateDispatchRule($input: DispatchRuleInput!) {\n    createDispatchRule(input: $input) {\n      id\n      position\n    }\n  }\n": types.CreateDispatchRuleDocument,
    "\n  mutation DeleteDispatchRule($id: ID!) {\n    deleteDispatchRule(id: $id)\n  }\n": types.DeleteDispatchRuleDocument,
    "\n  mutation SetCategoryDeadlines($categoryId: ID!, $deadlines: [CategoryDeadlineInput!]!) {\n    setCategoryDeadlines(categoryId: $categoryId, deadlines: $deadlines) {\n      id\n      name\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n": types.SetCategoryDeadlinesDocument,
    "\n  mutation DispatchRequest($id: ID!, $unitId: ID!, $personId: ID, $note: String) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId, note: $note) {\n      ...RequestCardFields\n    }\n  }\n": types.DispatchRequestDocument,
    "\n  mutation ReopenRequest($id: ID!, $reason: String!) {\n    reopenRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n": types.ReopenRequestDocument,
    "\n  mutation RecordCallbackRating($id: ID!, $score: Int!, $comment: String) {\n    recordCallbackRating(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n": types.RecordCallbackRatingDocument,
    "\n  mutation ConfirmReview($id: ID!) {\n    confirmReview(id: $id) {\n      ...RequestCardFields\n    }\n  }\n": types.ConfirmReviewDocument,
    "\n  fragment TaskFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    category\n    urgency\n    level\n    deadlineState\n    submittedAt\n    respondBy\n    resolveBy\n    units {\n      id\n      name\n      forceKind\n    }\n    assignment {\n      assigneePerson {\n        id\n        name\n      }\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query MyTasks($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation StartTask($id: ID!) {\n    startRequest(id: $id) {\n      ...TaskFields\n    }\n  }\n": types.StartTaskDocument,
    "\n  mutation ResolveTask($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...TaskFields\n    }\n  }\n": types.ResolveTaskDocument,
    "\n  mutation ReassignTask($id: ID!, $unitId: ID!, $personId: ID!) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId) {\n      ...TaskFields\n    }\n  }\n": types.ReassignTaskDocument,
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
export function graphql(source: "\n  query RequestCategories {\n    requestCategories {\n      id\n      name\n      defaultLevel\n      defaultUrgency\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestCategories {\n    requestCategories {\n      id\n      name\n      defaultLevel\n      defaultUrgency\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Grids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Grids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolShifts($from: DateTime!, $to: DateTime!) {\n    volunteerTeams(kind: PATROL) {\n      id\n      name\n      shifts(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatrolShifts($from: DateTime!, $to: DateTime!) {\n    volunteerTeams(kind: PATROL) {\n      id\n      name\n      shifts(from: $from, to: $to) {\n        id\n        title\n        startsAt\n        endsAt\n        location\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n            grid {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n            grid {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RateFields on RateMetrics {\n    total\n    responseRate\n    resolutionRate\n    satisfactionRate\n    overdue\n    respondedInTime\n    resolved\n    ratings\n    satisfied\n    pendingResponse\n    pendingResolution\n  }\n"): (typeof documents)["\n  fragment RateFields on RateMetrics {\n    total\n    responseRate\n    resolutionRate\n    satisfactionRate\n    overdue\n    respondedInTime\n    resolved\n    ratings\n    satisfied\n    pendingResponse\n    pendingResolution\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestMetrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy, $communityId: ID) {\n    requestMetrics(from: $from, to: $to, groupBy: $groupBy, communityId: $communityId) {\n      overall {\n        ...RateFields\n      }\n      rows {\n        key\n        label\n        metrics {\n          ...RateFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestMetrics($from: DateTime!, $to: DateTime!, $groupBy: MetricsGroupBy, $communityId: ID) {\n    requestMetrics(from: $from, to: $to, groupBy: $groupBy, communityId: $communityId) {\n      overall {\n        ...RateFields\n      }\n      rows {\n        key\n        label\n        metrics {\n          ...RateFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentEvaluationSummary($from: DateTime!, $to: DateTime!, $minCount: Int) {\n    departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) {\n      department\n      count\n      averageResponseSpeed\n      averageQuality\n    }\n  }\n"): (typeof documents)["\n  query DepartmentEvaluationSummary($from: DateTime!, $to: DateTime!, $minCount: Int) {\n    departmentEvaluationSummary(from: $from, to: $to, minCount: $minCount) {\n      department\n      count\n      averageResponseSpeed\n      averageQuality\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentEvaluations($from: DateTime!, $to: DateTime!) {\n    departmentEvaluations(from: $from, to: $to) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentEvaluations($from: DateTime!, $to: DateTime!) {\n    departmentEvaluations(from: $from, to: $to) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluateDepartment($input: DepartmentEvaluationInput!) {\n    evaluateDepartment(input: $input) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvaluateDepartment($input: DepartmentEvaluationInput!) {\n    evaluateDepartment(input: $input) {\n      id\n      department\n      responseSpeed\n      quality\n      comment\n      evaluatedAt\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityRanking($month: String!, $streetId: ID) {\n    communityRanking(month: $month, streetId: $streetId) {\n      community {\n        id\n        code\n        name\n      }\n      rank\n      ranked\n      requests\n      responseRate\n      resolutionRate\n      satisfactionRate\n    }\n  }\n"): (typeof documents)["\n  query CommunityRanking($month: String!, $streetId: ID) {\n    communityRanking(month: $month, streetId: $streetId) {\n      community {\n        id\n        code\n        name\n      }\n      rank\n      ranked\n      requests\n      responseRate\n      resolutionRate\n      satisfactionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestCardFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    channel\n    category\n    level\n    urgency\n    overdue\n    deadlineState\n    anonymous\n    submittedAt\n    respondBy\n    resolveBy\n    community {\n      id\n    }\n    submitter {\n      id\n      name\n    }\n    units {\n      id\n      name\n      forceKind\n    }\n    suggestedUnit {\n      id\n      name\n      forceKind\n    }\n    grid {\n      id\n      name\n    }\n    assignment {\n      forceKind\n      assigneeName\n      assignedAt\n      volunteerTeam {\n        id\n        name\n      }\n    }\n    residentRating {\n      score\n      comment\n      ratedAt\n    }\n    communityReview {\n      reasonable\n      note\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  fragment RequestCardFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    channel\n    category\n    level\n    urgency\n    overdue\n    deadlineState\n    anonymous\n    submittedAt\n    respondBy\n    resolveBy\n    community {\n      id\n    }\n    submitter {\n      id\n      name\n    }\n    units {\n      id\n      name\n      forceKind\n    }\n    suggestedUnit {\n      id\n      name\n      forceKind\n    }\n    grid {\n      id\n      name\n    }\n    assignment {\n      forceKind\n      assigneeName\n      assignedAt\n      volunteerTeam {\n        id\n        name\n      }\n    }\n    residentRating {\n      score\n      comment\n      ratedAt\n    }\n    communityReview {\n      reasonable\n      note\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestEventFields on RequestEvent {\n    at\n    type\n    note\n    actor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RequestEventFields on RequestEvent {\n    at\n    type\n    note\n    actor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestList($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          title\n          status\n          channel\n          category\n          urgency\n          overdue\n          deadlineState\n          anonymous\n          submittedAt\n          submitter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestList($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          title\n          status\n          channel\n          category\n          urgency\n          overdue\n          deadlineState\n          anonymous\n          submittedAt\n          submitter {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardColumn($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardColumn($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n          description\n          events {\n            ...RequestEventFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RequestCardFields\n          description\n          events {\n            ...RequestEventFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestCardFields\n      description\n      respondedAt\n      resolvedAt\n      neighbourhood {\n        id\n        name\n      }\n      patrolShift {\n        id\n        title\n        startsAt\n        team {\n          id\n          name\n        }\n      }\n      assignment {\n        assigneePerson {\n          id\n          name\n        }\n      }\n      events {\n        ...RequestEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestCardFields\n      description\n      respondedAt\n      resolvedAt\n      neighbourhood {\n        id\n        name\n      }\n      patrolShift {\n        id\n        title\n        startsAt\n        team {\n          id\n          name\n        }\n      }\n      assignment {\n        assigneePerson {\n          id\n          name\n        }\n      }\n      events {\n        ...RequestEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestProposals($id: ID!) {\n    request(id: $id) {\n      id\n      proposals {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestProposals($id: ID!) {\n    request(id: $id) {\n      id\n      proposals {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRequest($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) {\n    acceptRequest(id: $id, level: $level, urgency: $urgency) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptRequest($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) {\n    acceptRequest(id: $id, level: $level, urgency: $urgency) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRequest($id: ID!, $input: AssignInput!) {\n    assignRequest(id: $id, input: $input) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRequest($id: ID!, $input: AssignInput!) {\n    assignRequest(id: $id, input: $input) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRequest($id: ID!) {\n    startRequest(id: $id) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRequest($id: ID!) {\n    startRequest(id: $id) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRequest($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRequest($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateRequest($id: ID!, $reason: String!) {\n    escalateRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateRequest($id: ID!, $reason: String!) {\n    escalateRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateRequest($id: ID!, $score: Int!, $comment: String) {\n    rateRequest(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateRequest($id: ID!, $score: Int!, $comment: String) {\n    rateRequest(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRequest($id: ID!, $reasonable: Boolean!, $note: String!) {\n    reviewRequest(id: $id, reasonable: $reasonable, note: $note) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewRequest($id: ID!, $reasonable: Boolean!, $note: String!) {\n    reviewRequest(id: $id, reasonable: $reasonable, note: $note) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceUnits($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      community {\n        id\n        name\n      }\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n      volunteerTeam {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceUnits($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      community {\n        id\n        name\n      }\n      leader {\n        id\n        name\n      }\n      members {\n        id\n        name\n      }\n      volunteerTeam {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsForDispatch($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      leader {\n        id\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsForDispatch($communityId: ID) {\n    serviceUnits(communityId: $communityId) {\n      id\n      name\n      forceKind\n      active\n      leader {\n        id\n      }\n      members {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceUnit($input: ServiceUnitInput!) {\n    createServiceUnit(input: $input) {\n      id\n      name\n      forceKind\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceUnit($input: ServiceUnitInput!) {\n    createServiceUnit(input: $input) {\n      id\n      name\n      forceKind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchRules($communityId: ID) {\n    dispatchRules(communityId: $communityId) {\n      id\n      position\n      category\n      urgency\n      automatic\n      grid {\n        id\n        name\n      }\n      unit {\n        id\n        name\n        forceKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchRules($communityId: ID) {\n    dispatchRules(communityId: $communityId) {\n      id\n      position\n      category\n      urgency\n      automatic\n      grid {\n        id\n        name\n      }\n      unit {\n        id\n        name\n        forceKind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDispatchRule($input: DispatchRuleInput!) {\n    createDispatchRule(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDispatchRule($input: DispatchRuleInput!) {\n    createDispatchRule(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDispatchRule($id: ID!) {\n    deleteDispatchRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDispatchRule($id: ID!) {\n    deleteDispatchRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCategoryDeadlines($categoryId: ID!, $deadlines: [CategoryDeadlineInput!]!) {\n    setCategoryDeadlines(categoryId: $categoryId, deadlines: $deadlines) {\n      id\n      name\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCategoryDeadlines($categoryId: ID!, $deadlines: [CategoryDeadlineInput!]!) {\n    setCategoryDeadlines(categoryId: $categoryId, deadlines: $deadlines) {\n      id\n      name\n      deadlines {\n        urgency\n        respondHours\n        resolveHours\n        workingTime\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchRequest($id: ID!, $unitId: ID!, $personId: ID, $note: String) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId, note: $note) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchRequest($id: ID!, $unitId: ID!, $personId: ID, $note: String) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId, note: $note) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenRequest($id: ID!, $reason: String!) {\n    reopenRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenRequest($id: ID!, $reason: String!) {\n    reopenRequest(id: $id, reason: $reason) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallbackRating($id: ID!, $score: Int!, $comment: String) {\n    recordCallbackRating(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCallbackRating($id: ID!, $score: Int!, $comment: String) {\n    recordCallbackRating(id: $id, score: $score, comment: $comment) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReview($id: ID!) {\n    confirmReview(id: $id) {\n      ...RequestCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmReview($id: ID!) {\n    confirmReview(id: $id) {\n      ...RequestCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    category\n    urgency\n    level\n    deadlineState\n    submittedAt\n    respondBy\n    resolveBy\n    units {\n      id\n      name\n      forceKind\n    }\n    assignment {\n      assigneePerson {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskFields on ResidentRequest {\n    id\n    code\n    title\n    status\n    category\n    urgency\n    level\n    deadlineState\n    submittedAt\n    respondBy\n    resolveBy\n    units {\n      id\n      name\n      forceKind\n    }\n    assignment {\n      assigneePerson {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($filter: RequestFilter, $first: Int, $after: String) {\n    requests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TaskFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTask($id: ID!) {\n    startRequest(id: $id) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartTask($id: ID!) {\n    startRequest(id: $id) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTask($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveTask($id: ID!, $note: String!) {\n    resolveRequest(id: $id, note: $note) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignTask($id: ID!, $unitId: ID!, $personId: ID!) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignTask($id: ID!, $unitId: ID!, $personId: ID!) {\n    dispatchRequest(id: $id, unitId: $unitId, personId: $personId) {\n      ...TaskFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;