import { Flex, Tag, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { forceKindLabel, type ForceKind } from "../labels";
import { t } from "../i18n";

export interface HandlingUnit {
  id: string;
  name: string;
  forceKind: ForceKind;
}

/** 承办单位 of a request: the graph lists the leading unit (首接负责) first, then the co-handling ones. */
export function HandlingUnits({ units, locale }: { units: readonly HandlingUnit[]; locale: Locale }) {
  if (units.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="handling-units" data-count={0}>
        {t(locale, "noUnits")}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4} data-testid="handling-units" data-count={units.length}>
      {units.map((unit, index) => (
        <span key={unit.id} data-testid="handling-unit" data-unit-id={unit.id} data-leading={index === 0 ? "true" : "false"}>
          <Tag color={index === 0 ? "volcano" : "default"}>{t(locale, index === 0 ? "leadingUnit" : "coHandlingUnit")}</Tag>
          {unit.name}{" "}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {forceKindLabel(locale, unit.forceKind)}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
