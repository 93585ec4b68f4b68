import type { FormRule } from "antd";
import { ZONE_SETTING_BOUNDS, type ZoneSettingField } from "@dongting/domain/station-settings";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import type { ZoneSettingsInput } from "../gql/graphql";
import type { ZoneSettingsRow } from "../graph/staff-tools";
import { fieldName } from "../graph/failure";
import { t } from "../i18n";

/** What the settings form holds: the zone's numbers and switches, and its opening hours as typed. */
export interface ZoneSettingsValues {
  capacity: number | null;
  exclusive: boolean;
  requiresApproval: boolean;
  minMinutes: number | null;
  maxMinutes: number | null;
  bufferMinutes: number | null;
  minNoticeHours: number | null;
  maxDaysAhead: number | null;
  openingHours: Array<{ weekday: number; opens: string; closes: string }>;
}

export const NUMBER_FIELDS: readonly ZoneSettingField[] = [
  "capacity",
  "minMinutes",
  "maxMinutes",
  "bufferMinutes",
  "minNoticeHours",
  "maxDaysAhead",
];

/** Postgres answers "08:30:00"; staff type and the graph takes "08:30". */
const hhmm = (time: string) => time.slice(0, 5);

export function settingsValues(zone: ZoneSettingsRow): ZoneSettingsValues {
  return {
    capacity: zone.capacity,
    exclusive: zone.exclusive,
    requiresApproval: zone.requiresApproval,
    minMinutes: zone.minMinutes,
    maxMinutes: zone.maxMinutes,
    bufferMinutes: zone.bufferMinutes,
    minNoticeHours: zone.minNoticeHours,
    maxDaysAhead: zone.maxDaysAhead,
    openingHours: [...zone.openingHours]
      .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
      .map((row) => ({ weekday: row.weekday, opens: hhmm(row.opens), closes: hhmm(row.closes) })),
  };
}

/** Every setting, sent whole: the server checks the combination (min ≤ max, hours not overlapping). */
export function settingsInput(values: ZoneSettingsValues): ZoneSettingsInput {
  return {
    capacity: values.capacity,
    exclusive: values.exclusive,
    requiresApproval: values.requiresApproval,
    minMinutes: values.minMinutes,
    maxMinutes: values.maxMinutes,
    bufferMinutes: values.bufferMinutes,
    minNoticeHours: values.minNoticeHours,
    maxDaysAhead: values.maxDaysAhead,
    openingHours: values.openingHours.map((row) => ({ weekday: row.weekday, opens: row.opens.trim(), closes: row.closes.trim() })),
  };
}

/** Each number's bounds, as the station holds them (ZONE_SETTING_BOUNDS), worded for the form. */
export function numberRules(locale: Locale, field: ZoneSettingField): FormRule[] {
  const { min, max } = ZONE_SETTING_BOUNDS[field];
  return [
    {
      validator: (_: unknown, value: number | null) =>
        value !== null && value !== undefined && Number.isInteger(value) && value >= min && value <= max
          ? Promise.resolve()
          : Promise.reject(new Error(t(locale, "settingOutOfRange", { min, max }))),
    },
  ];
}

export const clockRules = (locale: Locale): FormRule[] => [
  { pattern: /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, message: t(locale, "settingClockTime") },
  { required: true, message: t(locale, "settingClockTime") },
];

/**
 * The form fields a refusal names (`extensions.fields`, or the settings rule's `field`), as antd names:
 * `openingHours.2` marks that row's opening time.
 */
export type SettingsFieldError = { name: ["openingHours", number, "opens"] | [ZoneSettingField]; errors: string[] };

export function settingsFieldErrors(failure: GraphFailure): SettingsFieldError[] {
  const named = failure.fields.map((problem) => problem.field.replace(/^input\./, ""));
  const extra = typeof failure.extensions.field === "string" ? [failure.extensions.field] : [];
  return [...new Set([...named, ...extra])].flatMap((field): SettingsFieldError[] => {
    const [head, index] = field.split(".");
    if (head === "openingHours" && index !== undefined && /^\d+$/.test(index)) {
      return [{ name: ["openingHours", Number(index), "opens"] as ["openingHours", number, "opens"], errors: [failure.title] }];
    }
    const name = fieldName({ field, constraint: "" });
    const known = NUMBER_FIELDS.find((number) => number === name);
    return known ? [{ name: [known] as [ZoneSettingField], errors: [failure.title] }] : [];
  });
}
