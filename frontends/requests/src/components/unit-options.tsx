import { Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { FORCE_KINDS, forceKindLabel, type ForceKind } from "../labels";
import { t } from "../i18n";

interface PickableUnit {
  id: string;
  name: string;
  forceKind: ForceKind;
  active: boolean;
}

/**
 * Service units as a Select's option groups, one per work force in the registry's order (包点干部 … 便民服务),
 * inactive units left out; `suggestedId` is marked 建议.
 */
export function unitOptionGroups(units: readonly PickableUnit[], locale: Locale, suggestedId: string | null = null) {
  return FORCE_KINDS.map((kind) => ({
    kind,
    units: units.filter((unit) => unit.forceKind === kind && unit.active),
  }))
    .filter((group) => group.units.length > 0)
    .map((group) => ({
      label: forceKindLabel(locale, group.kind),
      title: forceKindLabel(locale, group.kind),
      options: group.units.map((unit) => ({
        value: unit.id,
        title: unit.name,
        label: (
          <span data-unit-id={unit.id}>
            {unit.name}
            {unit.id === suggestedId ? (
              <Typography.Text type="success" style={{ fontSize: 12, marginInlineStart: 6 }}>
                {t(locale, "suggestedBadge")}
              </Typography.Text>
            ) : null}
          </span>
        ),
      })),
    }));
}
