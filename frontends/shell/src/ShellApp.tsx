import { useCallback, useEffect, useMemo, useState } from "react";
import { Alert } from "antd";
import {
  LocaleProvider,
  PageNotFound,
  findPersona,
  isTokenExpired,
  resolveViewer,
  usePathname,
  type Locale,
  type Viewer,
} from "@dongting/ui-kit";
import type { BootConfig } from "./config";
import { useShellViewer } from "./shell-viewer";
import { chosenCommunity, communityIdOf, rememberCommunity, type CommunityChoice } from "./community-choice";
import { clearSession, currentToken, readSession, writeSession, type Session } from "./session";
import { readLocale, writeLocale } from "./locale-preference";
import { ShellLayout } from "./ShellLayout";
import { SignIn } from "./SignIn";
import { Home } from "./Home";
import { RemoteSlot } from "./RemoteSlot";
import { slotForPath } from "./slots";
import { t } from "./i18n";

export function ShellApp({ boot }: { boot: BootConfig }) {
  const pathname = usePathname();
  const [locale, setLocale] = useState<Locale>(readLocale);
  const [session, setSession] = useState<Session | null>(readSession);
  // Why the sign-in screen is back: the gateway refused the token, or it expired.
  const [signedOutNotice, setSignedOutNotice] = useState(false);

  const changeLocale = (next: Locale) => {
    writeLocale(next);
    setLocale(next);
  };
  const signIn = (next: Session) => {
    writeSession(next);
    setSignedOutNotice(false);
    setSession(next);
  };
  const signOut = () => {
    clearSession();
    setSignedOutNotice(false);
    setSession(null);
  };
  // The token is no longer good (expired, or refused by the gateway with 401): signed out, with a word why.
  const expire = useCallback(() => {
    clearSession();
    setSignedOutNotice(true);
    setSession(null);
  }, []);

  // Back to the sign-in screen once the token expires, rather than letting every query fail.
  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => {
      if (isTokenExpired(session.token)) expire();
    }, 30_000);
    return () => clearInterval(timer);
  }, [session, expire]);

  const persona = findPersona(session?.personaKey);
  const slot = slotForPath(pathname);
  const shellViewer = useShellViewer(boot.config.graphqlUrl, session?.token ?? null, expire);
  const graphViewer = shellViewer.source === "graph" ? shellViewer.viewer : null;
  // One object per sign-in (and per answer of the graph), so a remote's effects keyed on it do not rerun on every
  // shell render. Until the graph answers, the token's claims speak (the persona's grants); the graph's answer
  // adds the places' names and the communities.
  const viewer = useMemo<Viewer | undefined>(() => {
    if (!persona || !session) return undefined;
    const fromToken = resolveViewer(undefined, session.token);
    const personId = fromToken.personId ?? persona.personId;
    if (!graphViewer) return { ...fromToken, personId };
    const roles = [...new Set(graphViewer.grants.map((grant) => grant.role))];
    return { personId, roles, grants: graphViewer.grants, communities: graphViewer.communities };
  }, [persona, session, graphViewer]);
  const displayName = graphViewer ? graphViewer.name : (persona?.title[locale] ?? "");

  // The active community, remembered per persona (localStorage); picked once the communities are known.
  const [communityPick, setCommunityPick] = useState<{ token: string; choice: CommunityChoice } | null>(null);
  const community: CommunityChoice | null =
    session && communityPick?.token === session.token
      ? communityPick.choice
      : persona && graphViewer
        ? chosenCommunity(persona.key, graphViewer.communities, graphViewer.grants)
        : null;
  const changeCommunity = (choice: CommunityChoice) => {
    if (!persona || !session) return;
    rememberCommunity(persona.key, choice);
    setCommunityPick({ token: session.token, choice });
  };
  const communityId = communityIdOf(community);

  let page;
  if (!session) {
    page = <SignIn authUrl={boot.config.authUrl} locale={locale} onSignedIn={signIn} signedOutNotice={signedOutNotice} />;
  } else if (slot) {
    page = (
      <RemoteSlot
        // A new slot or a new sign-in starts the remote afresh (its own Apollo cache included).
        key={`${slot.key}\n${session.token}`}
        slotKey={slot.key}
        moduleName={t(locale, slot.label)}
        remote={boot.remotes[slot.key]}
        missingReason={boot.remotesError ?? t(locale, "moduleNotConfigured")}
        appProps={{
          basePath: slot.path,
          graphqlUrl: boot.config.graphqlUrl,
          getToken: currentToken,
          locale,
          viewer,
          communityId,
          onUnauthenticated: expire,
        }}
      />
    );
  } else if (pathname === "/") {
    page = <Home personName={displayName} locale={locale} />;
  } else {
    page = <PageNotFound locale={locale} backTo="/" backLabel={t(locale, "backHome")} />;
  }

  return (
    <LocaleProvider locale={locale}>
      <ShellLayout
        pathname={pathname}
        locale={locale}
        onLocaleChange={changeLocale}
        persona={persona}
        shellViewer={shellViewer}
        viewer={viewer}
        community={community}
        onCommunityChange={changeCommunity}
        onSignOut={session ? signOut : undefined}
      >
        {boot.remotesError && session ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="remotes.json" description={boot.remotesError} />
        ) : null}
        {page}
      </ShellLayout>
    </LocaleProvider>
  );
}
