import { useMemo } from "react";
import {
  PageHeader,
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
} from "@dongting/ui-kit";
import { PartyPage } from "./pages/PartyPage";
import { GridPage } from "./pages/GridPage";
import { GrantsPage } from "./pages/GrantsPage";
import { PeoplePage } from "./pages/PeoplePage";
import { PersonPage } from "./pages/PersonPage";
import { tp } from "./i18n-people";
import { SectionSwitch, type Section } from "./components/SectionSwitch";
import { PermissionsContext, permissionsOf } from "./hooks/permissions";
import { t } from "./i18n";

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
      <PersonPage key={id} id={id} locale={locale} />
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
          <GridPage locale={locale} />
        </Route>
        <Route path="/people">
          <SectionHeader locale={locale} section="people" />
          <PeoplePage locale={locale} />
        </Route>
        <Route path="/people/:id">
          <PersonSection locale={locale} />
        </Route>
        <Route path="/grants">
          <SectionHeader locale={locale} section="grants" />
          <GrantsPage locale={locale} />
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
