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
    "\n  fragment CertificateRow on ServiceCertificate {\n    id\n    number\n    from\n    to\n    minutes\n    issuedAt\n    verificationCode\n    pdfUrl\n    holderName\n  }\n": typeof types.CertificateRowFragmentDoc,
    "\n  query VolunteerServiceCertificates($volunteerId: ID!) {\n    serviceCertificates(volunteerId: $volunteerId) {\n      ...CertificateRow\n    }\n  }\n": typeof types.VolunteerServiceCertificatesDocument,
    "\n  mutation VolunteerIssueCertificate($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    issueServiceCertificate(volunteerId: $volunteerId, from: $from, to: $to) {\n      ...CertificateRow\n    }\n  }\n": typeof types.VolunteerIssueCertificateDocument,
    "\n  query VolunteerVerifyCertificate($number: String!, $code: String!) {\n    verifyCertificate(number: $number, code: $code) {\n      number\n      valid\n      holder\n      minutes\n      issuedAt\n      issuer\n    }\n  }\n": typeof types.VolunteerVerifyCertificateDocument,
    "\n  mutation VolunteerResetShiftCalendarFeed {\n    resetShiftCalendarFeed\n  }\n": typeof types.VolunteerResetShiftCalendarFeedDocument,
    "\n  query VolunteerRequestCategories {\n    requestCategories {\n      id\n      name\n    }\n  }\n": typeof types.VolunteerRequestCategoriesDocument,
    "\n  mutation VolunteerReportHazard($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      code\n      title\n      channel\n      category\n      status\n    }\n  }\n": typeof types.VolunteerReportHazardDocument,
    "\n  fragment VolunteerService on Volunteer {\n    id\n    person {\n      id\n      name\n    }\n    skills\n    teams @include(if: $whereabouts) {\n      id\n      name\n      kind\n    }\n    serviceMinutes\n    noShows\n    signupBlocked\n    serviceTime(from: $from, to: $to) {\n      minutes\n      signups\n      attended\n      noShows\n      penaltyMinutes\n      creditedMinutes\n      volunteers\n    }\n    shiftHistory(first: $first, after: $after) @include(if: $whereabouts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          checkedInAt\n          checkedOutAt\n          minutes\n          noShow\n          lastCorrection {\n            ...CorrectionFields\n          }\n          shift {\n            id\n            title\n            startsAt\n            endsAt\n            cancelledAt\n            cancelReason\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerServiceFragmentDoc,
    "\n  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    myVolunteer {\n      ...VolunteerService\n    }\n  }\n": typeof types.VolunteerMyServiceDocument,
    "\n  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    volunteer(id: $id) {\n      ...VolunteerService\n    }\n  }\n": typeof types.VolunteerServiceByIdDocument,
    "\n  query VolunteerTeamRanking($from: DateTime!, $to: DateTime!, $first: Int!, $communityId: ID) {\n    teamServiceRanking(from: $from, to: $to, first: $first, communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n        kind\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n": typeof types.VolunteerTeamRankingDocument,
    "\n  query VolunteerRanking($from: DateTime!, $to: DateTime!, $first: Int!, $teamId: ID, $communityId: ID) {\n    volunteerServiceRanking(from: $from, to: $to, first: $first, teamId: $teamId, communityId: $communityId) {\n      rank\n      volunteer {\n        id\n        person {\n          id\n          name\n        }\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n": typeof types.VolunteerRankingDocument,
    "\n  fragment ShiftSummary on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    location\n    signupCount\n    cancelledAt\n    cancelReason\n    team {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ShiftSummaryFragmentDoc,
    "\n  query VolunteerMyWeek($from: DateTime!, $to: DateTime!) {\n    myVolunteer {\n      id\n      person {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        kind\n        shifts(from: $from, to: $to) {\n          ...ShiftSummary\n        }\n      }\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          ...ShiftSummary\n        }\n      }\n    }\n  }\n": typeof types.VolunteerMyWeekDocument,
    "\n  query VolunteerTeamWeek($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n": typeof types.VolunteerTeamWeekDocument,
    "\n  fragment AttendanceRow on ShiftSignup {\n    id\n    checkedInAt\n    checkedOutAt\n    minutes\n    noShow\n    lastCorrection {\n      ...CorrectionSummary\n    }\n    volunteer {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AttendanceRowFragmentDoc,
    "\n  fragment CorrectionSummary on ServiceTimeCorrection {\n    at\n    reason\n    minutesBefore\n  }\n": typeof types.CorrectionSummaryFragmentDoc,
    "\n  fragment CorrectionFields on ServiceTimeCorrection {\n    ...CorrectionSummary\n    checkedInAfter\n    checkedOutAfter\n    by {\n      id\n      name\n    }\n  }\n": typeof types.CorrectionFieldsFragmentDoc,
    "\n  query VolunteerShiftDetail($id: ID!) {\n    shift(id: $id) {\n      ...ShiftSummary\n      team {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": typeof types.VolunteerShiftDetailDocument,
    "\n  query VolunteerShiftSignups($id: ID!, $from: DateTime!, $to: DateTime!, $withSignups: Boolean!) {\n    shift(id: $id) {\n      id\n      signups @include(if: $withSignups) {\n        ...AttendanceRow\n        lastCorrection {\n          ...CorrectionFields\n        }\n      }\n    }\n    myVolunteer {\n      id\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          id\n        }\n      }\n    }\n  }\n": typeof types.VolunteerShiftSignupsDocument,
    "\n  query VolunteerTeamDay($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n        signups {\n          ...AttendanceRow\n        }\n      }\n    }\n  }\n": typeof types.VolunteerTeamDayDocument,
    "\n  mutation VolunteerSignUp($shiftId: ID!, $volunteerId: ID!) {\n    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n": typeof types.VolunteerSignUpDocument,
    "\n  mutation VolunteerCancelSignup($shiftId: ID!, $volunteerId: ID!) {\n    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n": typeof types.VolunteerCancelSignupDocument,
    "\n  mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {\n    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n": typeof types.VolunteerCheckInDocument,
    "\n  mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {\n    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n": typeof types.VolunteerCheckOutDocument,
    "\n  mutation VolunteerCreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftSummary\n    }\n  }\n": typeof types.VolunteerCreateShiftDocument,
    "\n  mutation VolunteerUpdateShift($id: ID!, $input: UpdateShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      ...ShiftSummary\n    }\n  }\n": typeof types.VolunteerUpdateShiftDocument,
    "\n  mutation VolunteerCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      ...ShiftSummary\n    }\n  }\n": typeof types.VolunteerCancelShiftDocument,
    "\n  mutation VolunteerCorrectServiceTime(\n    $shiftId: ID!\n    $volunteerId: ID!\n    $checkedInAt: DateTime!\n    $checkedOutAt: DateTime!\n    $reason: String!\n  ) {\n    correctServiceTime(\n      shiftId: $shiftId\n      volunteerId: $volunteerId\n      checkedInAt: $checkedInAt\n      checkedOutAt: $checkedOutAt\n      reason: $reason\n    ) {\n      ...AttendanceRow\n      lastCorrection {\n        ...CorrectionFields\n      }\n    }\n  }\n": typeof types.VolunteerCorrectServiceTimeDocument,
    "\n  mutation VolunteerCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n": typeof types.VolunteerCreateTeamDocument,
    "\n  mutation VolunteerUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n": typeof types.VolunteerUpdateTeamDocument,
    "\n  mutation VolunteerSetTeamLeader($teamId: ID!, $personId: ID!) {\n    setTeamLeader(teamId: $teamId, personId: $personId) {\n      id\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerSetTeamLeaderDocument,
    "\n  mutation VolunteerLiftSignupBlock($volunteerId: ID!) {\n    liftSignupBlock(volunteerId: $volunteerId) {\n      id\n      signupBlocked\n    }\n  }\n": typeof types.VolunteerLiftSignupBlockDocument,
    "\n  query VolunteerSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VolunteerSearchPeopleDocument,
    "\n  query VolunteerTeams($kind: TeamKind, $communityId: ID) {\n    volunteerTeams(kind: $kind, communityId: $communityId) {\n      id\n      name\n      kind\n      partnerUnit\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerTeamsDocument,
    "\n  query VolunteerTeamOptions($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n": typeof types.VolunteerTeamOptionsDocument,
    "\n  query VolunteerTeamAccess($id: ID!) {\n    volunteerTeam(id: $id) {\n      id\n      leader {\n        id\n        name\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": typeof types.VolunteerTeamAccessDocument,
    "\n  query VolunteerTeamDetail(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $serviceFrom: DateTime!\n    $serviceTo: DateTime!\n    $withMembers: Boolean!\n    $withRecords: Boolean!\n  ) {\n    volunteerTeam(id: $id) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n      memberCount\n      members @include(if: $withMembers) {\n        id\n        person {\n          id\n          name\n        }\n        skills @include(if: $withRecords)\n        serviceMinutes @include(if: $withRecords)\n      }\n      memberHistory {\n        month\n        members\n        joined\n        left\n      }\n      serviceTime(from: $serviceFrom, to: $serviceTo) {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n": typeof types.VolunteerTeamDetailDocument,
    "\n  mutation VolunteerJoinTeam($teamId: ID!, $personId: ID!) {\n    joinTeam(teamId: $teamId, personId: $personId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": typeof types.VolunteerJoinTeamDocument,
    "\n  mutation VolunteerLeaveTeam($teamId: ID!, $volunteerId: ID!) {\n    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": typeof types.VolunteerLeaveTeamDocument,
};
const documents: Documents = {
    "\n  fragment CertificateRow on ServiceCertificate {\n    id\n    number\n    from\n    to\n    minutes\n    issuedAt\n    verificationCode\n    pdfUrl\n    holderName\n  }\n": types.CertificateRowFragmentDoc,
    "\n  query VolunteerServiceCertificates($volunteerId: ID!) {\n    serviceCertificates(volunteerId: $volunteerId) {\n      ...CertificateRow\n    }\n  }\n": types.VolunteerServiceCertificatesDocument,
    "\n  mutation VolunteerIssueCertificate($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    issueServiceCertificate(volunteerId: $volunteerId, from: $from, to: $to) {\n      ...CertificateRow\n    }\n  }\n": types.VolunteerIssueCertificateDocument,
    "\n  query VolunteerVerifyCertificate($number: String!, $code: String!) {\n    verifyCertificate(number: $number, code: $code) {\n      number\n      valid\n      holder\n      minutes\n      issuedAt\n      issuer\n    }\n  }\n": types.VolunteerVerifyCertificateDocument,
    "\n  mutation VolunteerResetShiftCalendarFeed {\n    resetShiftCalendarFeed\n  }\n": types.VolunteerResetShiftCalendarFeedDocument,
    "\n  query VolunteerRequestCategories {\n    requestCategories {\n      id\n      name\n    }\n  }\n": types.VolunteerRequestCategoriesDocument,
    "\n  mutation VolunteerReportHazard($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      code\n      title\n      channel\n      category\n      status\n    }\n  }\n": types.VolunteerReportHazardDocument,
    "\n  fragment VolunteerService on Volunteer {\n    id\n    person {\n      id\n      name\n    }\n    skills\n    teams @include(if: $whereabouts) {\n      id\n      name\n      kind\n    }\n    serviceMinutes\n    noShows\n    signupBlocked\n    serviceTime(from: $from, to: $to) {\n      minutes\n      signups\n      attended\n      noShows\n      penaltyMinutes\n      creditedMinutes\n      volunteers\n    }\n    shiftHistory(first: $first, after: $after) @include(if: $whereabouts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          checkedInAt\n          checkedOutAt\n          minutes\n          noShow\n          lastCorrection {\n            ...CorrectionFields\n          }\n          shift {\n            id\n            title\n            startsAt\n            endsAt\n            cancelledAt\n            cancelReason\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerServiceFragmentDoc,
    "\n  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    myVolunteer {\n      ...VolunteerService\n    }\n  }\n": types.VolunteerMyServiceDocument,
    "\n  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    volunteer(id: $id) {\n      ...VolunteerService\n    }\n  }\n": types.VolunteerServiceByIdDocument,
    "\n  query VolunteerTeamRanking($from: DateTime!, $to: DateTime!, $first: Int!, $communityId: ID) {\n    teamServiceRanking(from: $from, to: $to, first: $first, communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n        kind\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n": types.VolunteerTeamRankingDocument,
    "\n  query VolunteerRanking($from: DateTime!, $to: DateTime!, $first: Int!, $teamId: ID, $communityId: ID) {\n    volunteerServiceRanking(from: $from, to: $to, first: $first, teamId: $teamId, communityId: $communityId) {\n      rank\n      volunteer {\n        id\n        person {\n          id\n          name\n        }\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n": types.VolunteerRankingDocument,
    "\n  fragment ShiftSummary on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    location\n    signupCount\n    cancelledAt\n    cancelReason\n    team {\n      id\n      name\n      kind\n    }\n  }\n": types.ShiftSummaryFragmentDoc,
    "\n  query VolunteerMyWeek($from: DateTime!, $to: DateTime!) {\n    myVolunteer {\n      id\n      person {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        kind\n        shifts(from: $from, to: $to) {\n          ...ShiftSummary\n        }\n      }\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          ...ShiftSummary\n        }\n      }\n    }\n  }\n": types.VolunteerMyWeekDocument,
    "\n  query VolunteerTeamWeek($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n": types.VolunteerTeamWeekDocument,
    "\n  fragment AttendanceRow on ShiftSignup {\n    id\n    checkedInAt\n    checkedOutAt\n    minutes\n    noShow\n    lastCorrection {\n      ...CorrectionSummary\n    }\n    volunteer {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.AttendanceRowFragmentDoc,
    "\n  fragment CorrectionSummary on ServiceTimeCorrection {\n    at\n    reason\n    minutesBefore\n  }\n": types.CorrectionSummaryFragmentDoc,
    "\n  fragment CorrectionFields on ServiceTimeCorrection {\n    ...CorrectionSummary\n    checkedInAfter\n    checkedOutAfter\n    by {\n      id\n      name\n    }\n  }\n": types.CorrectionFieldsFragmentDoc,
    "\n  query VolunteerShiftDetail($id: ID!) {\n    shift(id: $id) {\n      ...ShiftSummary\n      team {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": types.VolunteerShiftDetailDocument,
    "\n  query VolunteerShiftSignups($id: ID!, $from: DateTime!, $to: DateTime!, $withSignups: Boolean!) {\n    shift(id: $id) {\n      id\n      signups @include(if: $withSignups) {\n        ...AttendanceRow\n        lastCorrection {\n          ...CorrectionFields\n        }\n      }\n    }\n    myVolunteer {\n      id\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          id\n        }\n      }\n    }\n  }\n": types.VolunteerShiftSignupsDocument,
    "\n  query VolunteerTeamDay($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n        signups {\n          ...AttendanceRow\n        }\n      }\n    }\n  }\n": types.VolunteerTeamDayDocument,
    "\n  mutation VolunteerSignUp($shiftId: ID!, $volunteerId: ID!) {\n    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n": types.VolunteerSignUpDocument,
    "\n  mutation VolunteerCancelSignup($shiftId: ID!, $volunteerId: ID!) {\n    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n": types.VolunteerCancelSignupDocument,
    "\n  mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {\n    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n": types.VolunteerCheckInDocument,
    "\n  mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {\n    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n": types.VolunteerCheckOutDocument,
    "\n  mutation VolunteerCreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftSummary\n    }\n  }\n": types.VolunteerCreateShiftDocument,
    "\n  mutation VolunteerUpdateShift($id: ID!, $input: UpdateShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      ...ShiftSummary\n    }\n  }\n": types.VolunteerUpdateShiftDocument,
    "\n  mutation VolunteerCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      ...ShiftSummary\n    }\n  }\n": types.VolunteerCancelShiftDocument,
    "\n  mutation VolunteerCorrectServiceTime(\n    $shiftId: ID!\n    $volunteerId: ID!\n    $checkedInAt: DateTime!\n    $checkedOutAt: DateTime!\n    $reason: String!\n  ) {\n    correctServiceTime(\n      shiftId: $shiftId\n      volunteerId: $volunteerId\n      checkedInAt: $checkedInAt\n      checkedOutAt: $checkedOutAt\n      reason: $reason\n    ) {\n      ...AttendanceRow\n      lastCorrection {\n        ...CorrectionFields\n      }\n    }\n  }\n": types.VolunteerCorrectServiceTimeDocument,
    "\n  mutation VolunteerCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n": types.VolunteerCreateTeamDocument,
    "\n  mutation VolunteerUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n": types.VolunteerUpdateTeamDocument,
    "\n  mutation VolunteerSetTeamLeader($teamId: ID!, $personId: ID!) {\n    setTeamLeader(teamId: $teamId, personId: $personId) {\n      id\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerSetTeamLeaderDocument,
    "\n  mutation VolunteerLiftSignupBlock($volunteerId: ID!) {\n    liftSignupBlock(volunteerId: $volunteerId) {\n      id\n      signupBlocked\n    }\n  }\n": types.VolunteerLiftSignupBlockDocument,
    "\n  query VolunteerSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VolunteerSearchPeopleDocument,
    "\n  query VolunteerTeams($kind: TeamKind, $communityId: ID) {\n    volunteerTeams(kind: $kind, communityId: $communityId) {\n      id\n      name\n      kind\n      partnerUnit\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerTeamsDocument,
    "\n  query VolunteerTeamOptions($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n": types.VolunteerTeamOptionsDocument,
    "\n  query VolunteerTeamAccess($id: ID!) {\n    volunteerTeam(id: $id) {\n      id\n      leader {\n        id\n        name\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": types.VolunteerTeamAccessDocument,
    "\n  query VolunteerTeamDetail(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $serviceFrom: DateTime!\n    $serviceTo: DateTime!\n    $withMembers: Boolean!\n    $withRecords: Boolean!\n  ) {\n    volunteerTeam(id: $id) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n      memberCount\n      members @include(if: $withMembers) {\n        id\n        person {\n          id\n          name\n        }\n        skills @include(if: $withRecords)\n        serviceMinutes @include(if: $withRecords)\n      }\n      memberHistory {\n        month\n        members\n        joined\n        left\n      }\n      serviceTime(from: $serviceFrom, to: $serviceTo) {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n": types.VolunteerTeamDetailDocument,
    "\n  mutation VolunteerJoinTeam($teamId: ID!, $personId: ID!) {\n    joinTeam(teamId: $teamId, personId: $personId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": types.VolunteerJoinTeamDocument,
    "\n  mutation VolunteerLeaveTeam($teamId: ID!, $volunteerId: ID!) {\n    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n": types.VolunteerLeaveTeamDocument,
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
export function graphql(source: "\n  fragment CertificateRow on ServiceCertificate {\n    id\n    number\n    from\n    to\n    minutes\n    issuedAt\n    verificationCode\n    pdfUrl\n    holderName\n  }\n"): (typeof documents)["\n  fragment CertificateRow on ServiceCertificate {\n    id\n    number\n    from\n    to\n    minutes\n    issuedAt\n    verificationCode\n    pdfUrl\n    holderName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerServiceCertificates($volunteerId: ID!) {\n    serviceCertificates(volunteerId: $volunteerId) {\n      ...CertificateRow\n    }\n  }\n"): (typeof documents)["\n  query VolunteerServiceCertificates($volunteerId: ID!) {\n    serviceCertificates(volunteerId: $volunteerId) {\n      ...CertificateRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerIssueCertificate($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    issueServiceCertificate(volunteerId: $volunteerId, from: $from, to: $to) {\n      ...CertificateRow\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerIssueCertificate($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {\n    issueServiceCertificate(volunteerId: $volunteerId, from: $from, to: $to) {\n      ...CertificateRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerVerifyCertificate($number: String!, $code: String!) {\n    verifyCertificate(number: $number, code: $code) {\n      number\n      valid\n      holder\n      minutes\n      issuedAt\n      issuer\n    }\n  }\n"): (typeof documents)["\n  query VolunteerVerifyCertificate($number: String!, $code: String!) {\n    verifyCertificate(number: $number, code: $code) {\n      number\n      valid\n      holder\n      minutes\n      issuedAt\n      issuer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerResetShiftCalendarFeed {\n    resetShiftCalendarFeed\n  }\n"): (typeof documents)["\n  mutation VolunteerResetShiftCalendarFeed {\n    resetShiftCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerRequestCategories {\n    requestCategories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query VolunteerRequestCategories {\n    requestCategories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerReportHazard($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      code\n      title\n      channel\n      category\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerReportHazard($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      code\n      title\n      channel\n      category\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerService on Volunteer {\n    id\n    person {\n      id\n      name\n    }\n    skills\n    teams @include(if: $whereabouts) {\n      id\n      name\n      kind\n    }\n    serviceMinutes\n    noShows\n    signupBlocked\n    serviceTime(from: $from, to: $to) {\n      minutes\n      signups\n      attended\n      noShows\n      penaltyMinutes\n      creditedMinutes\n      volunteers\n    }\n    shiftHistory(first: $first, after: $after) @include(if: $whereabouts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          checkedInAt\n          checkedOutAt\n          minutes\n          noShow\n          lastCorrection {\n            ...CorrectionFields\n          }\n          shift {\n            id\n            title\n            startsAt\n            endsAt\n            cancelledAt\n            cancelReason\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerService on Volunteer {\n    id\n    person {\n      id\n      name\n    }\n    skills\n    teams @include(if: $whereabouts) {\n      id\n      name\n      kind\n    }\n    serviceMinutes\n    noShows\n    signupBlocked\n    serviceTime(from: $from, to: $to) {\n      minutes\n      signups\n      attended\n      noShows\n      penaltyMinutes\n      creditedMinutes\n      volunteers\n    }\n    shiftHistory(first: $first, after: $after) @include(if: $whereabouts) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          checkedInAt\n          checkedOutAt\n          minutes\n          noShow\n          lastCorrection {\n            ...CorrectionFields\n          }\n          shift {\n            id\n            title\n            startsAt\n            endsAt\n            cancelledAt\n            cancelReason\n            team {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    myVolunteer {\n      ...VolunteerService\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    myVolunteer {\n      ...VolunteerService\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    volunteer(id: $id) {\n      ...VolunteerService\n    }\n  }\n"): (typeof documents)["\n  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {\n    volunteer(id: $id) {\n      ...VolunteerService\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeamRanking($from: DateTime!, $to: DateTime!, $first: Int!, $communityId: ID) {\n    teamServiceRanking(from: $from, to: $to, first: $first, communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n        kind\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeamRanking($from: DateTime!, $to: DateTime!, $first: Int!, $communityId: ID) {\n    teamServiceRanking(from: $from, to: $to, first: $first, communityId: $communityId) {\n      rank\n      team {\n        id\n        name\n        kind\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerRanking($from: DateTime!, $to: DateTime!, $first: Int!, $teamId: ID, $communityId: ID) {\n    volunteerServiceRanking(from: $from, to: $to, first: $first, teamId: $teamId, communityId: $communityId) {\n      rank\n      volunteer {\n        id\n        person {\n          id\n          name\n        }\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerRanking($from: DateTime!, $to: DateTime!, $first: Int!, $teamId: ID, $communityId: ID) {\n    volunteerServiceRanking(from: $from, to: $to, first: $first, teamId: $teamId, communityId: $communityId) {\n      rank\n      volunteer {\n        id\n        person {\n          id\n          name\n        }\n      }\n      summary {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShiftSummary on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    location\n    signupCount\n    cancelledAt\n    cancelReason\n    team {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ShiftSummary on Shift {\n    id\n    title\n    startsAt\n    endsAt\n    capacity\n    location\n    signupCount\n    cancelledAt\n    cancelReason\n    team {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMyWeek($from: DateTime!, $to: DateTime!) {\n    myVolunteer {\n      id\n      person {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        kind\n        shifts(from: $from, to: $to) {\n          ...ShiftSummary\n        }\n      }\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          ...ShiftSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMyWeek($from: DateTime!, $to: DateTime!) {\n    myVolunteer {\n      id\n      person {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        kind\n        shifts(from: $from, to: $to) {\n          ...ShiftSummary\n        }\n      }\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          ...ShiftSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeamWeek($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeamWeek($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceRow on ShiftSignup {\n    id\n    checkedInAt\n    checkedOutAt\n    minutes\n    noShow\n    lastCorrection {\n      ...CorrectionSummary\n    }\n    volunteer {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AttendanceRow on ShiftSignup {\n    id\n    checkedInAt\n    checkedOutAt\n    minutes\n    noShow\n    lastCorrection {\n      ...CorrectionSummary\n    }\n    volunteer {\n      id\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectionSummary on ServiceTimeCorrection {\n    at\n    reason\n    minutesBefore\n  }\n"): (typeof documents)["\n  fragment CorrectionSummary on ServiceTimeCorrection {\n    at\n    reason\n    minutesBefore\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CorrectionFields on ServiceTimeCorrection {\n    ...CorrectionSummary\n    checkedInAfter\n    checkedOutAfter\n    by {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CorrectionFields on ServiceTimeCorrection {\n    ...CorrectionSummary\n    checkedInAfter\n    checkedOutAfter\n    by {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerShiftDetail($id: ID!) {\n    shift(id: $id) {\n      ...ShiftSummary\n      team {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerShiftDetail($id: ID!) {\n    shift(id: $id) {\n      ...ShiftSummary\n      team {\n        id\n        leader {\n          id\n          name\n        }\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerShiftSignups($id: ID!, $from: DateTime!, $to: DateTime!, $withSignups: Boolean!) {\n    shift(id: $id) {\n      id\n      signups @include(if: $withSignups) {\n        ...AttendanceRow\n        lastCorrection {\n          ...CorrectionFields\n        }\n      }\n    }\n    myVolunteer {\n      id\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerShiftSignups($id: ID!, $from: DateTime!, $to: DateTime!, $withSignups: Boolean!) {\n    shift(id: $id) {\n      id\n      signups @include(if: $withSignups) {\n        ...AttendanceRow\n        lastCorrection {\n          ...CorrectionFields\n        }\n      }\n    }\n    myVolunteer {\n      id\n      shiftSignups(from: $from, to: $to) {\n        id\n        checkedInAt\n        checkedOutAt\n        minutes\n        noShow\n        shift {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeamDay($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n        signups {\n          ...AttendanceRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeamDay($teamId: ID!, $from: DateTime!, $to: DateTime!) {\n    volunteerTeam(id: $teamId) {\n      id\n      name\n      kind\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n        signups {\n          ...AttendanceRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerSignUp($shiftId: ID!, $volunteerId: ID!) {\n    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerSignUp($shiftId: ID!, $volunteerId: ID!) {\n    signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCancelSignup($shiftId: ID!, $volunteerId: ID!) {\n    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCancelSignup($shiftId: ID!, $volunteerId: ID!) {\n    cancelSignup(shiftId: $shiftId, volunteerId: $volunteerId) {\n      id\n      signupCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {\n    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCheckIn($shiftId: ID!, $volunteerId: ID!) {\n    checkIn(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {\n    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCheckOut($shiftId: ID!, $volunteerId: ID!) {\n    checkOut(shiftId: $shiftId, volunteerId: $volunteerId) {\n      ...AttendanceRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftSummary\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCreateShift($input: CreateShiftInput!) {\n    createShift(input: $input) {\n      ...ShiftSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerUpdateShift($id: ID!, $input: UpdateShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      ...ShiftSummary\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerUpdateShift($id: ID!, $input: UpdateShiftInput!) {\n    updateShift(id: $id, input: $input) {\n      ...ShiftSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      ...ShiftSummary\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCancelShift($id: ID!, $reason: String!) {\n    cancelShift(id: $id, reason: $reason) {\n      ...ShiftSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCorrectServiceTime(\n    $shiftId: ID!\n    $volunteerId: ID!\n    $checkedInAt: DateTime!\n    $checkedOutAt: DateTime!\n    $reason: String!\n  ) {\n    correctServiceTime(\n      shiftId: $shiftId\n      volunteerId: $volunteerId\n      checkedInAt: $checkedInAt\n      checkedOutAt: $checkedOutAt\n      reason: $reason\n    ) {\n      ...AttendanceRow\n      lastCorrection {\n        ...CorrectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCorrectServiceTime(\n    $shiftId: ID!\n    $volunteerId: ID!\n    $checkedInAt: DateTime!\n    $checkedOutAt: DateTime!\n    $reason: String!\n  ) {\n    correctServiceTime(\n      shiftId: $shiftId\n      volunteerId: $volunteerId\n      checkedInAt: $checkedInAt\n      checkedOutAt: $checkedOutAt\n      reason: $reason\n    ) {\n      ...AttendanceRow\n      lastCorrection {\n        ...CorrectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerUpdateTeam($id: ID!, $input: UpdateTeamInput!) {\n    updateTeam(id: $id, input: $input) {\n      id\n      name\n      partnerUnit\n      signupDaysAhead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerSetTeamLeader($teamId: ID!, $personId: ID!) {\n    setTeamLeader(teamId: $teamId, personId: $personId) {\n      id\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerSetTeamLeader($teamId: ID!, $personId: ID!) {\n    setTeamLeader(teamId: $teamId, personId: $personId) {\n      id\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerLiftSignupBlock($volunteerId: ID!) {\n    liftSignupBlock(volunteerId: $volunteerId) {\n      id\n      signupBlocked\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerLiftSignupBlock($volunteerId: ID!) {\n    liftSignupBlock(volunteerId: $volunteerId) {\n      id\n      signupBlocked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerSearchPeople($search: String, $first: Int) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeams($kind: TeamKind, $communityId: ID) {\n    volunteerTeams(kind: $kind, communityId: $communityId) {\n      id\n      name\n      kind\n      partnerUnit\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeams($kind: TeamKind, $communityId: ID) {\n    volunteerTeams(kind: $kind, communityId: $communityId) {\n      id\n      name\n      kind\n      partnerUnit\n      memberCount\n      leader {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeamOptions($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeamOptions($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n      kind\n      leader {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeamAccess($id: ID!) {\n    volunteerTeam(id: $id) {\n      id\n      leader {\n        id\n        name\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeamAccess($id: ID!) {\n    volunteerTeam(id: $id) {\n      id\n      leader {\n        id\n        name\n      }\n    }\n    myVolunteer {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeamDetail(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $serviceFrom: DateTime!\n    $serviceTo: DateTime!\n    $withMembers: Boolean!\n    $withRecords: Boolean!\n  ) {\n    volunteerTeam(id: $id) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n      memberCount\n      members @include(if: $withMembers) {\n        id\n        person {\n          id\n          name\n        }\n        skills @include(if: $withRecords)\n        serviceMinutes @include(if: $withRecords)\n      }\n      memberHistory {\n        month\n        members\n        joined\n        left\n      }\n      serviceTime(from: $serviceFrom, to: $serviceTo) {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeamDetail(\n    $id: ID!\n    $from: DateTime!\n    $to: DateTime!\n    $serviceFrom: DateTime!\n    $serviceTo: DateTime!\n    $withMembers: Boolean!\n    $withRecords: Boolean!\n  ) {\n    volunteerTeam(id: $id) {\n      id\n      name\n      kind\n      partnerUnit\n      signupDaysAhead\n      memberCount\n      members @include(if: $withMembers) {\n        id\n        person {\n          id\n          name\n        }\n        skills @include(if: $withRecords)\n        serviceMinutes @include(if: $withRecords)\n      }\n      memberHistory {\n        month\n        members\n        joined\n        left\n      }\n      serviceTime(from: $serviceFrom, to: $serviceTo) {\n        minutes\n        signups\n        attended\n        noShows\n        volunteers\n      }\n      shifts(from: $from, to: $to) {\n        ...ShiftSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerJoinTeam($teamId: ID!, $personId: ID!) {\n    joinTeam(teamId: $teamId, personId: $personId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerJoinTeam($teamId: ID!, $personId: ID!) {\n    joinTeam(teamId: $teamId, personId: $personId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerLeaveTeam($teamId: ID!, $volunteerId: ID!) {\n    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerLeaveTeam($teamId: ID!, $volunteerId: ID!) {\n    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {\n      id\n      teams {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;