import { StrictMode, useCallback, useEffect, useMemo, useState, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { Alert, Flex, Layout, Segmented, Spin, Typography } from "antd";
import { LocaleProvider } from "./LocaleProvider";
import { DEFAULT_LOCALE, isLocale, type Locale, type RemoteAppProps, type Role } from "./remote-props";
import { fetchDevToken, isTokenExpired } from "./token";

export interface StandaloneOptions {
  /** Shown in the page's top bar. */
  title: Record<Locale, string>;
  graphqlUrl: string;
  /** The gateway's dev-token endpoint. */
  authUrl: string;
  /** Roles asked for in the dev token. */
  roles: Role[];
  /** The person the dev token is for (e.g. a demo persona's `personId`); none by default. */
  personId?: string;
  /** Element id to mount into; "root" by default. */
  elementId?: string;
}

const TOKEN_KEY = "dongting.standalone.token";

function initialLocale(): Locale {
  const fromQuery = new URLSearchParams(window.location.search).get("lang");
  return isLocale(fromQuery) ? fromQuery : DEFAULT_LOCALE;
}

function StandaloneHost({ App, options }: { App: ComponentType<RemoteAppProps>; options: StandaloneOptions }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [token, setToken] = useState<string | null>(() => {
    const stored = sessionStorage.getItem(TOKEN_KEY);
    return stored && !isTokenExpired(stored) ? stored : null;
  });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (token) return;
    let cancelled = false;
    fetchDevToken(options.authUrl, { roles: options.roles, personId: options.personId })
      .then((fresh) => {
        if (cancelled) return;
        sessionStorage.setItem(TOKEN_KEY, fresh);
        setToken(fresh);
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
    };
  }, [token, options.authUrl, options.roles, options.personId]);

  const getToken = useCallback(() => token, [token]);
  // A refused token (expired, or signed before the dev secret changed): drop it and fetch a fresh one.
  const onUnauthenticated = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  }, []);
  const viewer = useMemo(() => ({ personId: options.personId ?? null, roles: options.roles }), [options.personId, options.roles]);

  return (
    <LocaleProvider locale={locale}>
      <Layout style={{ minHeight: "100vh" }}>
        <Layout.Header style={{ background: "#fff", borderBottom: "1px solid #f0f0f0" }}>
          <Flex justify="space-between" align="center" style={{ height: "100%" }}>
            <Typography.Text strong>{options.title[locale]}</Typography.Text>
            <Segmented<Locale>
              value={locale}
              onChange={setLocale}
              options={[
                { label: "中文", value: "zh-CN" },
                { label: "English", value: "en-US" },
              ]}
            />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {failure ? (
            <Alert
              type="error"
              showIcon
              title={locale === "en-US" ? "Could not get a development token" : "无法获取开发令牌"}
              description={`${options.authUrl}: ${failure}`}
            />
          ) : token ? (
            <App
              basePath=""
              graphqlUrl={options.graphqlUrl}
              getToken={getToken}
              locale={locale}
              viewer={viewer}
              communityId={null}
              onUnauthenticated={onUnauthenticated}
            />
          ) : (
            <Spin />
          )}
        </Layout.Content>
      </Layout>
    </LocaleProvider>
  );
}

/** Runs a remote on its own page (its dev server or preview), signed in with a dev token. */
export function mountStandalone(App: ComponentType<RemoteAppProps>, options: StandaloneOptions): void {
  const element = document.getElementById(options.elementId ?? "root");
  if (!element) throw new Error(`mountStandalone: no #${options.elementId ?? "root"} element`);
  createRoot(element).render(
    <StrictMode>
      <StandaloneHost App={App} options={options} />
    </StrictMode>,
  );
}
