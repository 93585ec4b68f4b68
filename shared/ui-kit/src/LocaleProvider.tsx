import type { ReactNode } from "react";
import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import type { Locale } from "./remote-props";

/** Party red, used by the shell and every remote so they look like one product. */
export const BRAND_COLOR = "#c8102e";

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <ConfigProvider locale={locale === "en-US" ? enUS : zhCN} theme={{ token: { colorPrimary: BRAND_COLOR, borderRadius: 6 } }}>
      <AntApp component={false}>{children}</AntApp>
    </ConfigProvider>
  );
}
