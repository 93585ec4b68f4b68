import { DEFAULT_LOCALE, isLocale, type Locale } from "@dongting/ui-kit";

const LOCALE_KEY = "dongting.locale";

export function readLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export function writeLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
