import { Button, Flex, Tag, Typography } from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined, UserSwitchOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { childKindOf } from "@dongting/domain/organisation";
import type { UnitDetail } from "../graph/org-units";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, orgUnitKindLabel } from "../labels";
import { t } from "../i18n";
import type { UnitDialog } from "./UnitDialogs";

/** The unit's name, kind and form, and (for those who may edit the tree) what can be done with it. */
export function UnitHeader({
  unit,
  editTree,
  locale,
  onOpen,
}: {
  unit: UnitDetail;
  editTree: boolean;
  locale: Locale;
  onOpen(dialog: UnitDialog): void;
}) {
  const childKind = childKindOf(unit.kind);
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-title">
          {unit.name}
        </Typography.Title>
        <Tag color={ORG_UNIT_KIND_COLOR[unit.kind] ?? "default"}>{orgUnitKindLabel(locale, unit.kind)}</Tag>
        {unit.form ? <Tag>{compoundFormLabel(locale, unit.form)}</Tag> : null}
      </Flex>
      {editTree ? (
        <Flex gap={8} wrap data-testid="unit-actions">
          {childKind ? (
            <Button
              size="small"
              type="primary"
              icon={<PlusOutlined />}
              data-testid="create-child"
              onClick={() => onOpen({ type: "form", mode: { type: "create", parent: unit } })}
            >
              {t(locale, "createChild", { kind: orgUnitKindLabel(locale, childKind) })}
            </Button>
          ) : null}
          <Button
            size="small"
            icon={<EditOutlined />}
            data-testid="rename-unit"
            onClick={() => onOpen({ type: "form", mode: { type: "rename", unit } })}
          >
            {t(locale, "rename")}
          </Button>
          <Button size="small" icon={<UserSwitchOutlined />} data-testid="set-secretary" onClick={() => onOpen({ type: "secretary" })}>
            {t(locale, "setSecretary")}
          </Button>
          <Button size="small" danger icon={<DeleteOutlined />} data-testid="delete-unit" onClick={() => onOpen({ type: "delete" })}>
            {t(locale, "delete")}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
