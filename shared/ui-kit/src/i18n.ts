import { DEFAULT_LOCALE, type Locale } from "./remote-props";

/** One table of strings per locale; every locale must define the same keys. */
export type Dictionary<K extends string> = Record<Locale, Record<K, string>>;

export type Vars = Record<string, string | number>;

export type Translate<K extends string> = (locale: Locale, key: K, vars?: Vars) => string;

/** Replaces `{name}` placeholders with values from `vars`; unknown placeholders stay as written. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/**
 * Builds a translate function over a dictionary. A key missing in the requested locale falls back
 * to Chinese, then to the key itself, so a gap never renders as an empty string.
 */
export function createI18n<K extends string>(dictionary: Dictionary<K>): Translate<K> {
  return (locale, key, vars) => {
    const text = dictionary[locale]?.[key] ?? dictionary[DEFAULT_LOCALE]?.[key] ?? key;
    return interpolate(text, vars);
  };
}

/** Label for an enum value (e.g. a status), falling back to the raw value when unknown. */
export function createEnumLabels<V extends string>(labels: Record<Locale, Record<V, string>>) {
  return (locale: Locale, value: V | string | null | undefined): string => {
    if (value == null) return "—";
    const table = labels[locale] as Record<string, string>;
    const fallback = labels[DEFAULT_LOCALE] as Record<string, string>;
    return table[value] ?? fallback[value] ?? value;
  };
}

/** Formats an ISO date-time in the community's local time (Asia/Shanghai). */
export function formatDateTime(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}
