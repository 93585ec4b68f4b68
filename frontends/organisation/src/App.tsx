import { Suspense, useMemo, type ReactNode } from "react";
import {
  PageHeader,
  PageLoading,
  PageNotFound,
  RemoteRoot,
  RemoteRouter,
  Route,
  Switch,
  joinPath,
  useParams,
  useRemoteSession,
  type Locale,
  type RemoteAppProps,
  lazyPage,
} from "@dongting/ui-kit";
import { PartyPage } from "./pages/PartyPage";
import { tp } from "./i18n-people";
import { SectionSwitch, type Section } from "./components/SectionSwitch";
import { PermissionsContext, permissionsOf } from "./hooks/permissions";
import { t } from "./i18n";

// Only the party tree (the landing page) is in the first chunk: the other sections load when opened,
// so opening the remote does not fetch their tables, forms and pickers.
const GridPage = lazyPage(() => import("./pages/GridPage"), "GridPage");
const GrantsPage = lazyPage(() => import("./pages/GrantsPage"), "GrantsPage");
const PeoplePage = lazyPage(() => import("./pages/PeoplePage"), "PeoplePage");
const PersonPage = lazyPage(() => import("./pages/PersonPage"), "PersonPage");

/** A lazy page below its section header, which stays drawn while the page's chunk loads. */
function LazyPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

const SECTION_TITLES = {
  party: ["title", "subtitle"],
  grids: ["gridTitle", "gridSubtitle"],
  grants: ["grantsTitle", "grantsSubtitle"],
} as const;

function SectionHeader({ locale, section }: { locale: Locale; section: Section }) {
  const extra = <SectionSwitch locale={locale} section={section} />;
  if (section === "people") return <PageHeader title={tp(locale, "peopleTitle")} subtitle={tp(locale, "peopleSubtitle")} extra={extra} />;
  const [title, subtitle] = SECTION_TITLES[section];
  return <PageHeader title={t(locale, title)} subtitle={t(locale, subtitle)} extra={extra} />;
}

/** One person's page (`/people/:id`). */
function PersonSection({ locale }: { locale: Locale }) {
  const { id } = useParams<{ id: string }>();
  return (
    <>
      <SectionHeader locale={locale} section="people" />
      <LazyPage>
        <PersonPage key={id} id={id} locale={locale} />
      </LazyPage>
    </>
  );
}

/** The party tree, with the unit of the address (`/units/:id`) selected. */
function PartySection({ locale }: { locale: Locale }) {
  const { id } = useParams<{ id?: string }>();
  return (
    <>
      <SectionHeader locale={locale} section="party" />
      <PartyPage selectedId={id ?? null} locale={locale} />
    </>
  );
}

/**
 * The remote's pages below its base path. "/" and "/units/:id" render the same element at the same place,
 * so React keeps the party page (and the tree it has loaded) when a unit is opened.
 */
function OrgRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  return (
    <RemoteRouter basePath={basePath}>
      <Switch>
        <Route path="/">
          <PartySection locale={locale} />
        </Route>
        <Route path="/units/:id">
          <PartySection locale={locale} />
        </Route>
        <Route path="/grids">
          <SectionHeader locale={locale} section="grids" />
          <LazyPage>
            <GridPage locale={locale} />
          </LazyPage>
        </Route>
        <Route path="/people">
          <SectionHeader locale={locale} section="people" />
          <LazyPage>
            <PeoplePage locale={locale} />
          </LazyPage>
        </Route>
        <Route path="/people/:id">
          <PersonSection locale={locale} />
        </Route>
        <Route path="/grants">
          <SectionHeader locale={locale} section="grants" />
          <LazyPage>
            <GrantsPage locale={locale} />
          </LazyPage>
        </Route>
        <Route>
          <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "backToTree")} />
        </Route>
      </Switch>
    </RemoteRouter>
  );
}

/**
 * The organisation remote: the party organisation tree and the grid tree under `basePath`, with its
 * own Apollo Client. Editing controls follow the viewer's roles (the shell's `viewer`, else the
 * token's claims); the graph enforces them again.
 */
export default function App({ basePath, locale, communityId, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props);
  const permissions = useMemo(() => permissionsOf(viewer), [viewer]);
  return (
    <RemoteRoot client={client} locale={locale} scope={{ viewer, communityId }}>
      <PermissionsContext.Provider value={permissions}>
        <div
          data-remote="organisation"
          data-can-edit-tree={permissions.editTree ? "true" : "false"}
          data-can-edit-grid={permissions.editGrid ? "true" : "false"}
        >
          <OrgRoutes basePath={basePath} locale={locale} />
        </div>
      </PermissionsContext.Provider>
    </RemoteRoot>
  );
}
