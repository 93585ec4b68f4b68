export { DEFAULT_LOCALE, LOCALES, isLocale } from "./remote-props";
export type { Locale, RemoteAppProps, Role, ScopeKind, Viewer, ViewerCommunity, ViewerGrant } from "./remote-props";
export { PERSONAS, findPersona, isPersonaKey } from "./personas";
export type { Persona, PersonaKey } from "./personas";
export { createI18n, createEnumLabels, formatDateTime, interpolate } from "./i18n";
export { formatDate, formatDay, formatSpan, formatTime, localDayOf } from "./instant-format";
export type { Dictionary, Translate, Vars } from "./i18n";
export { createAuthLink, createGraphClient, createUnauthenticatedLink, isUnauthenticated } from "./graph-client";
export type { GraphClientOptions } from "./graph-client";
export { describeGraphError, graphFailure } from "./graph-error";
export type { FieldProblem, GraphErrorDescription, GraphErrorKind, GraphFailure } from "./graph-error";
export { NotAllowed } from "./NotAllowed";
export { Hidden, HiddenFieldsProvider, RedactableText, hiddenLabel, isRedacted, shownText, useHiddenFields } from "./Hidden";
export {
  FIELD_NOT_ALLOWED,
  NOTHING_HIDDEN,
  dataDespiteHiddenFields,
  REDACTED_TEXT,
  hiddenFieldsOf,
  isFieldRefusal,
  mergeHiddenFields,
  splitHiddenFields,
  usePartialAnswer,
} from "./hidden-fields";
export type { HiddenFields, PartialAnswer } from "./hidden-fields";
export { PersonPicker } from "./PersonPicker";
export type { PersonPickerProps, PickablePerson, UsePeopleSearch } from "./PersonPicker";
export { useNow } from "./useNow";
export { decodeTokenClaims, fetchDevToken, isTokenExpired } from "./token";
export type { DevTokenRequest, TokenClaims } from "./token";
export {
  joinPath,
  Link,
  navigate,
  normalizePath,
  Redirect,
  RemoteRouter,
  Route,
  Switch,
  useLocation,
  useParams,
  usePathname,
  useRoute,
} from "./routing";
export { BRAND_COLOR, LocaleProvider } from "./LocaleProvider";
export { PageHeader } from "./PageHeader";
export type { PageHeaderProps } from "./PageHeader";
export { QueryError } from "./QueryError";
export type { QueryErrorProps } from "./QueryError";
export { ANONYMOUS, ROLES, hasAnyRole, isRole, resolveViewer, roleLabel, viewerKey } from "./viewer";
export { RemoteRoot, useRemoteSession } from "./RemoteRoot";
export type { RemoteRootProps, RemoteSession } from "./RemoteRoot";
export {
  ActingScopeProvider,
  ScopeTag,
  communityFilter,
  grantText,
  grantsActingIn,
  grantsOfViewer,
  hasStreetGrant,
  scopeKindLabel,
  useActingScope,
  useCommunityFilter,
  useCommunityId,
} from "./scope";
export type { ActingScope } from "./scope";
export { ActionError } from "./ActionError";
export { Refusal } from "./Refusal";
export { DownloadFailure, fetchFile, saveBlob } from "./download";
export type { ActionErrorProps } from "./ActionError";
export type { RefusalProps } from "./Refusal";
export { useDebounced } from "./useDebounced";
export { PageLoading, PageNotFound, QueryFallback } from "./PageStates";
export type { QueryFallbackProps } from "./PageStates";
export { lazyPage } from "./lazy-page";
