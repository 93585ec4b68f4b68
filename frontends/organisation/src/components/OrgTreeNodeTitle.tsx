import { Tag, Tooltip, Typography } from "antd";
import { TeamOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import type { TreeUnit } from "../hooks/tree-store";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, orgUnitKindLabel } from "../labels";
import { t } from "../i18n";

/** A unit in the party tree: its name, kind, form and member count (including sub-units). */
export function OrgTreeNodeTitle({ unit, locale }: { unit: TreeUnit; locale: Locale }) {
  return (
    <span
      className="org-tree-node"
      data-org-unit-id={unit.id}
      data-parent-id={unit.parentId ?? ""}
      data-kind={unit.kind}
      style={{ display: "inline-flex", alignItems: "center", gap: 6, flexWrap: "wrap" }}
    >
      <span data-testid="org-unit-name">{unit.name}</span>
      <Tag color={ORG_UNIT_KIND_COLOR[unit.kind] ?? "default"} style={{ marginInlineEnd: 0 }}>
        {orgUnitKindLabel(locale, unit.kind)}
      </Tag>
      {unit.form ? (
        <Tag style={{ marginInlineEnd: 0 }} data-form={unit.form}>
          {compoundFormLabel(locale, unit.form)}
        </Tag>
      ) : null}
      <Tooltip title={t(locale, "memberCountHint")}>
        <Typography.Text type="secondary" data-testid="org-unit-member-count" data-count={unit.memberCount}>
          <TeamOutlined /> {unit.memberCount}
        </Typography.Text>
      </Tooltip>
    </span>
  );
}
