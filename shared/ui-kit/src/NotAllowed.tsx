import { Result } from "antd";
import { createI18n } from "./i18n";
import type { Locale } from "./remote-props";

const t = createI18n({
  "zh-CN": { title: "无权访问", hint: "您当前的身份不能打开此页面；如需使用，请联系社区工作人员。" },
  "en-US": { title: "Not allowed", hint: "Your current role cannot open this page; ask the community staff if you need it." },
});

/** Shown instead of a page the viewer's roles do not open (the graph would refuse it too). */
export function NotAllowed({ locale }: { locale: Locale }) {
  return <Result status="403" title={t(locale, "title")} subTitle={t(locale, "hint")} data-testid="not-allowed" />;
}
