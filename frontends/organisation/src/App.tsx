import { useMemo } from "react";
import { ApolloProvider } from "@apollo/client/react";
import { Button, Result } from "antd";
import {
  LocaleProvider,
  createGraphClient,
  joinPath,
  navigate,
  subPathSegments,
  usePathname,
  type RemoteAppProps,
} from "@dongting/ui-kit";
import { OrgPage } from "./OrgPage";
import { t } from "./i18n";

function OrgRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  if (segments.length === 0) return <OrgPage basePath={basePath} selectedId={null} locale={locale} />;
  if (segments.length === 2 && segments[0] === "units") {
    return <OrgPage basePath={basePath} selectedId={segments[1]!} locale={locale} />;
  }
  return (
    <Result
      status="404"
      title={t(locale, "pageNotFound")}
      extra={<Button onClick={() => navigate(joinPath(basePath))}>{t(locale, "backToTree")}</Button>}
    />
  );
}

/** The organisation remote: routes under `basePath`, its own Apollo Client. */
export default function App({ basePath, graphqlUrl, getToken, locale }: RemoteAppProps) {
  const client = useMemo(() => createGraphClient({ graphqlUrl, getToken }), [graphqlUrl, getToken]);
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>
        <div data-remote="organisation">
          <OrgRoutes basePath={basePath} locale={locale} />
        </div>
      </LocaleProvider>
    </ApolloProvider>
  );
}
