import type { ReactNode } from "react";
import { Button, Tag, Typography } from "antd";
import { EditOutlined, HomeOutlined } from "@ant-design/icons";
import { hiddenLabel, useHiddenFields, type Locale } from "@dongting/ui-kit";
import type { PersonRef } from "../graph/fragments";
import { leaderTitle, type GridLevel } from "../labels";
import { t } from "../i18n";

const LEVEL_ATTR: Record<GridLevel, string> = {
  GRID: "data-grid-id",
  NEIGHBOURHOOD: "data-neighbourhood-id",
  BUILDING: "data-building-id",
};

const LEVEL_COLOR: Record<GridLevel, string> = { GRID: "geekblue", NEIGHBOURHOOD: "cyan", BUILDING: "default" };

export interface GridRow {
  id: string;
  name: string;
  households: number;
  leader: PersonRef | null;
}

/** A grid, neighbourhood or building in the grid tree: its name, leader and households, and the leader's edit button. */
export function GridRowTitle({
  level,
  row,
  prefix,
  suffix,
  locale,
  onEdit,
}: {
  level: GridLevel;
  row: GridRow;
  prefix?: ReactNode;
  /** After the households: the party units covering the row. */
  suffix?: ReactNode;
  locale: Locale;
  /** Absent for those who may not set leaders. */
  onEdit?: () => void;
}) {
  const hidden = useHiddenFields();
  // A leader's name goes to staff, volunteers and the residents whose own leader they are: else hidden.
  const leaderHidden = !row.leader && hidden.isHidden(row, "leader");
  const leaderName = row.leader?.name ?? (leaderHidden ? hiddenLabel(locale) : t(locale, "none"));
  return (
    <span
      {...{ [LEVEL_ATTR[level]]: row.id }}
      data-level={level}
      style={{ display: "inline-flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}
    >
      {prefix}
      <Typography.Text strong={level === "GRID"}>{row.name}</Typography.Text>
      <Typography.Text
        type="secondary"
        data-testid="leader"
        data-person-id={row.leader?.id ?? ""}
        data-hidden-field={leaderHidden ? "true" : undefined}
      >
        {t(locale, "leaderOf", { title: leaderTitle(locale, level), name: leaderName })}
      </Typography.Text>
      <Tag icon={<HomeOutlined />} color={LEVEL_COLOR[level]} data-testid="households" data-count={row.households}>
        {t(locale, "households", { count: row.households })}
      </Tag>
      {suffix}
      {onEdit ? (
        <Button
          size="small"
          type="link"
          icon={<EditOutlined />}
          data-action="set-leader"
          onClick={(event) => {
            event.stopPropagation();
            onEdit();
          }}
        >
          {t(locale, "setLeader", { title: leaderTitle(locale, level) })}
        </Button>
      ) : null}
    </span>
  );
}
