import { createContext, useContext, useMemo, type ReactNode } from "react";
import { Tooltip, Typography } from "antd";
import { reasonText } from "@dongting/domain/reasons/common";
import { FIELD_NOT_ALLOWED, NOTHING_HIDDEN, REDACTED_TEXT, mergeHiddenFields, type HiddenFields } from "./hidden-fields";
import type { Locale } from "./remote-props";

const HiddenFieldsContext = createContext<HiddenFields>(NOTHING_HIDDEN);

/**
 * Hands a page's withheld fields (`usePartialAnswer(data, error).hidden`) to the components that render its
 * rows; nested providers add theirs to the page's.
 */
export function HiddenFieldsProvider({ hidden, children }: { hidden: HiddenFields; children: ReactNode }) {
  const outer = useContext(HiddenFieldsContext);
  const merged = useMemo(() => mergeHiddenFields(outer, hidden), [outer, hidden]);
  return <HiddenFieldsContext.Provider value={merged}>{children}</HiddenFieldsContext.Provider>;
}

/** The withheld fields of the answers around this component (NOTHING_HIDDEN outside any provider). */
export const useHiddenFields = (): HiddenFields => useContext(HiddenFieldsContext);

/** The word for a withheld field: "已隐藏" / "Hidden". */
export const hiddenLabel = (locale: Locale): string => (locale === "en-US" ? "Hidden" : "已隐藏");

/** Where a field the read policy withheld would be: "已隐藏" / "Hidden", the reason's text on hover. */
export function Hidden({ locale }: { locale: Locale }) {
  return (
    <Tooltip title={reasonText(FIELD_NOT_ALLOWED, locale)}>
      <Typography.Text type="secondary" italic data-hidden-field="true">
        {hiddenLabel(locale)}
      </Typography.Text>
    </Tooltip>
  );
}

/** True for free text the services withheld (answered as REDACTED_TEXT). */
export const isRedacted = (text: string | null | undefined): boolean => text === REDACTED_TEXT;

/** Free text for a plain-text spot (a tooltip, a confirmation): the text, or the hidden label when withheld. */
export const shownText = (text: string, locale: Locale): string => (isRedacted(text) ? hiddenLabel(locale) : text);

/** Free text as the graph answered it, or `Hidden` when it was withheld. */
export function RedactableText({ text, locale }: { text: string; locale: Locale }) {
  return isRedacted(text) ? <Hidden locale={locale} /> : <>{text}</>;
}
