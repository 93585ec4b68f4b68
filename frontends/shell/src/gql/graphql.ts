/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with an offset, e.g. 2026-05-01T09:00:00+08:00. */
  DateTime: { input: string; output: string; }
};

export type AssignInput = {
  assigneeName: Scalars['String']['input'];
  assigneePersonId?: InputMaybe<Scalars['ID']['input']>;
  forceKind: ForceKind;
  /** Only with forceKind VOLUNTEER. */
  volunteerTeamId?: InputMaybe<Scalars['ID']['input']>;
};

export type BookZoneInput = {
  attendees: Scalars['Int']['input'];
  endsAt: Scalars['DateTime']['input'];
  organiserId?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  /** Book the same time weekly, this many occurrences in all (1 = no repeat). All or nothing. */
  weeklyOccurrences?: InputMaybe<Scalars['Int']['input']>;
  zoneId: Scalars['ID']['input'];
};

export type BookingStatus =
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'CONFIRMED'
  | 'NO_SHOW'
  | 'PENDING'
  | 'REJECTED';

export type CategoryDeadlineInput = {
  resolveHours: Scalars['Int']['input'];
  respondHours: Scalars['Int']['input'];
  urgency: Urgency;
  workingTime: Scalars['Boolean']['input'];
};

export type CommitteePost =
  | 'DEPUTY_MONITOR'
  | 'MEMBER'
  | 'MONITOR';

export type CommunityRole =
  | 'BUILDING_LEADER'
  | 'GRID_LEADER'
  | 'NEIGHBOURHOOD_LEADER'
  | 'VOLUNTEER_SUPERVISOR';

export type CompoundForm =
  | 'ENTITY'
  | 'FUNCTIONAL';

export type CreateBuildingInput = {
  households: Scalars['Int']['input'];
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  neighbourhoodId: Scalars['ID']['input'];
};

export type CreateGridInput = {
  /** e.g. DT-11; unique. */
  code: Scalars['String']['input'];
  /** Default: the community whose code starts the grid code (DT-11: DT), else the viewer's only one. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type CreateNeighbourhoodInput = {
  gridId: Scalars['ID']['input'];
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type CreateOrgUnitInput = {
  form?: InputMaybe<CompoundForm>;
  kind: OrgUnitKind;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateShiftInput = {
  capacity: Scalars['Int']['input'];
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  teamId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type CreateTeamInput = {
  /** The community it belongs to, for good. Default: the one community the caller's staff grants reach. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  kind: TeamKind;
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  partnerUnit?: InputMaybe<Scalars['String']['input']>;
};

/** The traffic light of a request's deadlines: OVERDUE once one was missed (answered or resolved late, or not yet and past it), MET when done with none missed, DUE_SOON once 80 % of the current window is used, else ON_TRACK. */
export type DeadlineState =
  | 'DUE_SOON'
  | 'MET'
  | 'ON_TRACK'
  | 'OVERDUE';

export type DepartmentEvaluationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The community evaluating: the request's when there is one, else this, else the evaluator's only community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  department: Scalars['String']['input'];
  quality: Scalars['Int']['input'];
  requestId?: InputMaybe<Scalars['ID']['input']>;
  responseSpeed: Scalars['Int']['input'];
};

export type DispatchRuleInput = {
  automatic: Scalars['Boolean']['input'];
  /** A category's name; null or absent: any category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** A grid of the unit's community; null or absent: any grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** 1..9999, unique in the unit's community; lower positions are tried first. */
  position: Scalars['Int']['input'];
  unitId: Scalars['ID']['input'];
  urgency?: InputMaybe<Urgency>;
};

/** 工作力量: who is dispatched. */
export type ForceKind =
  | 'CADRE'
  | 'COMMUNITY_STAFF'
  | 'CONVENIENCE_SERVICE'
  | 'CO_BUILDING_UNIT'
  | 'PUBLIC_SERVICE'
  | 'VOLUNTEER';

export type GeographyKind =
  | 'COMMUNITY'
  | 'GRID'
  | 'NEIGHBOURHOOD'
  | 'ORG_UNIT';

/** 四级: the level that handles the request. Escalation moves it one step up. */
export type HandlingLevel =
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'GRID'
  | 'STREET';

export type ItemStatus =
  | 'AVAILABLE'
  | 'GIVEN'
  | 'RESERVED'
  | 'WITHDRAWN';

export type MeetingInput = {
  /** The 议事厅 booking at the Lexiang station. */
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  kind: MeetingKind;
  proposalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  residentClassId?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type MeetingKind =
  | 'CLASS_COMMITTEE'
  | 'MONITORS_COUNCIL';

export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type MembershipKind =
  | 'DIRECT'
  | 'SUNK_DOWN';

export type MetricsGroupBy =
  | 'CATEGORY'
  | 'CHANNEL'
  | 'COMMUNITY'
  | 'FORCE_KIND'
  | 'GRID'
  | 'LEVEL'
  | 'MONTH'
  | 'URGENCY';

/** One opening interval in local time: weekday 1 = Monday .. 7 = Sunday, HH:mm (24:00 for midnight). */
export type OpeningHoursInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

export type OrgUnitKind =
  | 'BUILDING_GROUP'
  | 'CENTRAL_HOUSEHOLD'
  | 'COMMUNITY_COMMITTEE'
  | 'COMPOUND_ORGANISATION'
  | 'STREET_WORKING_COMMITTEE';

export type PersonUpdateInput = {
  /** The building (must be in the neighbourhood; sets it when neighbourhoodId is left out). */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** 居民身份证号; blank or null clears it. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Trimmed; 1..60 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Moves the person (within their community); null: lives outside the grid tree. */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  /** A mainland mobile number; blank or null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type PostItemInput = {
  /** The community whose board it goes on. Default: the caller's one community; else the one community with a 百宝箱 zone; else refused (COMMUNITY_REQUIRED). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Without it the owner is the caller; only station staff post for someone else. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type ProposalInput = {
  body: Scalars['String']['input'];
  residentClassId?: InputMaybe<Scalars['ID']['input']>;
  /** Amend this rule; with neither ruleId nor ruleTitle the proposal adopts no rule. */
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  /** The rule text the proposal would adopt. */
  ruleText?: InputMaybe<Scalars['String']['input']>;
  /** Create a new rule with this title. */
  ruleTitle?: InputMaybe<Scalars['String']['input']>;
  sourceRequestId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type ProposalStatus =
  | 'ADOPTED'
  | 'DELIBERATION'
  | 'DRAFT'
  | 'REJECTED'
  | 'VOTING'
  | 'WITHDRAWN';

export type RecordVisitorsInput = {
  group: VisitorGroup;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Local date YYYY-MM-DD, today or earlier. */
  visitedOn: Scalars['String']['input'];
  visitors: Scalars['Int']['input'];
  zoneId: Scalars['ID']['input'];
};

export type RegisterPersonInput = {
  /** The building within the neighbourhood (sets the neighbourhood when none is given). */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** Home community when no neighbourhood is given (default: the viewer's only one). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** 居民身份证号, 18 characters (GB 11643, checksum verified); never answered in full. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Trimmed; 1..60 characters. */
  name: Scalars['String']['input'];
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  /** A mainland mobile number; spaces, hyphens and +86 are accepted. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RequestChannel =
  | 'COUNCIL'
  | 'GRID_GROUP'
  | 'HOTLINE'
  | 'PATROL'
  | 'SECRETARY_MAILBOX'
  | 'WALK_IN'
  | 'WECHAT';

export type RequestFilter = {
  /** 我的任务: the requests handled by a unit the viewer is a member of (open and closed; filter by status). */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this community's requests (within those the viewer may read). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests whose deadlineState is one of these, now. */
  deadlineState?: InputMaybe<Array<DeadlineState>>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<Array<HandlingLevel>>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matched against code, title and description. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<RequestStatus>>;
  submitterId?: InputMaybe<Scalars['ID']['input']>;
  /** The requests this unit handles: for its members, and for readers where they read. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  urgency?: InputMaybe<Array<Urgency>>;
};

export type RequestStatus =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'RESOLVED'
  | 'SUBMITTED';

export type Role =
  | 'ADMIN'
  | 'COMMUNITY_STAFF'
  | 'GRID_LEADER'
  | 'INTEGRATOR'
  | 'PARTY_COMMITTEE'
  | 'RESIDENT'
  | 'STATION_STAFF'
  | 'VOLUNTEER';

/** GRID: that grid. ORG_UNIT: that unit and everything below it. COMMUNITY: the community. STREET: every community of that street. GLOBAL: everywhere. */
export type ScopeKind =
  | 'COMMUNITY'
  | 'GLOBAL'
  | 'GRID'
  | 'ORG_UNIT'
  | 'STREET';

export type ServiceUnitInput = {
  /** Optional: the viewer's only community (where they manage units). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  forceKind: ForceKind;
  /** One of memberIds. */
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  /** Organisation's people. */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
  /** Required for force kind VOLUNTEER, refused for the others. */
  volunteerTeamId?: InputMaybe<Scalars['ID']['input']>;
};

export type SubmitRequestInput = {
  /** Submit anonymously: who asked is shown only to the submitter and community staff (default false). */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  category: Scalars['String']['input'];
  channel: RequestChannel;
  /** Idempotency key: submitting the same key twice returns the first request. */
  clientRequestId: Scalars['String']['input'];
  /** The community the request is for. Optional: the neighbourhood's or grid's community, else the viewer's only one; one that disagrees with the neighbourhood or grid is refused. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  /** The neighbourhood's grid (the client knows it from the organisation graph). */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  patrolShiftId?: InputMaybe<Scalars['ID']['input']>;
  submitterId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type TeamKind =
  | 'CULTURE'
  | 'ELDERLY_CARE'
  | 'OTHER'
  | 'PATROL'
  | 'RED_NEIGHBOUR'
  | 'WORKERS_SERVICE'
  | 'YOUTH';

export type UpdateShiftInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTeamInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  partnerUnit?: InputMaybe<Scalars['String']['input']>;
  /** Sign-up opens this many days before a shift starts (1..60; default 14). */
  signupDaysAhead?: InputMaybe<Scalars['Int']['input']>;
};

/** 三色: urgency. Sets the response and resolution deadlines. */
export type Urgency =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

export type VisitorGroup =
  | 'CHILD'
  | 'ELDERLY'
  /** Delivery riders and other new-employment workers (新就业群体) */
  | 'NEW_EMPLOYMENT_WORKER'
  | 'RESIDENT';

export type VoteChoice =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

export type ZoneKind =
  | 'CHILDREN'
  | 'FITNESS'
  | 'HELP_DESK'
  | 'ITEM_EXCHANGE'
  | 'MEETING'
  | 'MULTIPURPOSE'
  | 'READING'
  | 'REST_STOP';

/** What station staff change on a zone; a field left out keeps its value. openingHours replaces the week. */
export type ZoneSettingsInput = {
  bufferMinutes?: InputMaybe<Scalars['Int']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  exclusive?: InputMaybe<Scalars['Boolean']['input']>;
  maxDaysAhead?: InputMaybe<Scalars['Int']['input']>;
  maxMinutes?: InputMaybe<Scalars['Int']['input']>;
  minMinutes?: InputMaybe<Scalars['Int']['input']>;
  minNoticeHours?: InputMaybe<Scalars['Int']['input']>;
  openingHours?: InputMaybe<Array<OpeningHoursInput>>;
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ShellViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellViewerQuery = { viewer: { person: { name: string } | null, grants: Array<{ role: Role, scopeKind: ScopeKind, scopeId: string | null }>, communities: Array<{ id: string, code: string, name: string, street: { id: string, name: string } | null, committee: { id: string, name: string } | null, grids: Array<{ id: string, name: string }> }> } };


export const ShellViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeKind"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShellViewerQuery, ShellViewerQueryVariables>;