import { useMemo, useState, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Empty, Spin, Tag, Tree, Typography } from "antd";
import type { TreeDataNode } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { HiddenFieldsProvider, QueryError, mergeHiddenFields, usePartialAnswer, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { GRIDS } from "../graph/grids";
import type { PersonRef } from "../graph/fragments";
import { failureLine } from "../graph/failure";
import { useGridLevels } from "../hooks/useGridLevels";
import { usePermissions } from "../hooks/permissions";
import { GridRowTitle, type GridRow } from "../components/GridRowTitle";
import { LeaderModal, type LeaderTarget } from "../components/LeaderModal";
import { leaderTitle, type GridLevel } from "../labels";
import { t } from "../i18n";
import { GRIDS_PARTY_UNITS } from "../graph/person-records";
import { BuildingPartyUnits, PartyUnitTags } from "../components/PartyUnitTags";

/**
 * The grid tree: 网格 → 小邻里 → 楼栋 with their leaders and household counts. Neighbourhoods and
 * buildings load when their parent is expanded. Staff and the party committee set leaders by searching
 * a person; everyone else reads.
 */
export function GridPage({ locale }: { locale: Locale }) {
  const { editGrid } = usePermissions();
  const { message } = AntApp.useApp();
  // Leaders are named to staff, volunteers and the residents they lead; to others they are hidden.
  const communityFilter = useCommunityFilter();
  const grids = useQuery(GRIDS, { variables: { ...communityFilter }, errorPolicy: "all" });
  // The party units covering each grid: a query of their own, so the grid tree's answer stays as it is.
  const gridUnits = useQuery(GRIDS_PARTY_UNITS, { variables: { ...communityFilter } });
  const unitsOfGrid = new Map((gridUnits.data?.grids ?? []).map((grid) => [grid.id, grid.partyUnits]));
  const { hidden: gridsHidden, failure } = usePartialAnswer(grids.data, grids.error);
  const { neighbourhoodsOf, buildingsOf, hidden: levelsHidden, loadNeighbourhoods, loadBuildings, patchLeader } = useGridLevels();
  const hidden = useMemo(() => mergeHiddenFields(gridsHidden, levelsHidden), [gridsHidden, levelsHidden]);
  const [editing, setEditing] = useState<LeaderTarget | null>(null);

  const title = (level: GridLevel, row: GridRow, prefix?: ReactNode) => (
    <GridRowTitle
      level={level}
      row={row}
      prefix={prefix}
      suffix={
        level === "GRID" ? (
          <PartyUnitTags units={unitsOfGrid.get(row.id)} locale={locale} />
        ) : level === "BUILDING" ? (
          <BuildingPartyUnits buildingId={row.id} locale={locale} />
        ) : null
      }
      locale={locale}
      onEdit={editGrid ? () => setEditing({ level, id: row.id, name: row.name, leader: row.leader }) : undefined}
    />
  );

  const treeData: TreeDataNode[] = (grids.data?.grids ?? []).map((grid) => ({
    key: `grid:${grid.id}`,
    title: title("GRID", grid, <Tag color="blue">{grid.code}</Tag>),
    children: neighbourhoodsOf[grid.id]?.map((nb) => ({
      key: `nb:${nb.id}`,
      title: title("NEIGHBOURHOOD", nb),
      isLeaf: buildingsOf[nb.id]?.length === 0,
      children: buildingsOf[nb.id]?.map((b) => ({ key: `b:${b.id}`, title: title("BUILDING", b), isLeaf: true })),
    })),
  }));

  const loadData = async (node: TreeDataNode): Promise<void> => {
    const [kind, id] = String(node.key).split(":") as [string, string];
    try {
      if (kind === "grid") await loadNeighbourhoods(id);
      else if (kind === "nb") await loadBuildings(id);
    } catch (error) {
      void message.error(failureLine(error, locale));
    }
  };

  const onSaved = (target: LeaderTarget, leader: PersonRef | null) => {
    setEditing(null);
    void message.success(t(locale, "leaderSaved", { title: leaderTitle(locale, target.level), name: leader?.name ?? t(locale, "none") }));
    patchLeader(target.level, target.id, leader);
  };

  const total = (grids.data?.grids ?? []).reduce((sum, grid) => sum + grid.households, 0);

  return (
    <Card
      title={t(locale, "gridTree")}
      extra={
        <Button
          size="small"
          icon={<ReloadOutlined />}
          loading={grids.loading}
          onClick={() => void grids.refetch()}
          aria-label={t(locale, "refresh")}
        />
      }
    >
      {failure && !grids.data ? (
        <QueryError error={failure} locale={locale} onRetry={() => void grids.refetch()} />
      ) : !grids.data ? (
        <Spin />
      ) : grids.data.grids.length === 0 ? (
        <Empty description={t(locale, "noGrids")} />
      ) : (
        <div data-testid="grid-tree" data-can-edit={editGrid ? "true" : "false"}>
          <Typography.Paragraph type="secondary" data-testid="grid-summary">
            {t(locale, "gridSummary", { grids: grids.data.grids.length, households: total })}
          </Typography.Paragraph>
          <HiddenFieldsProvider hidden={hidden}>
            <Tree showLine blockNode selectable={false} treeData={treeData} loadData={loadData} />
          </HiddenFieldsProvider>
        </div>
      )}
      <LeaderModal target={editing} locale={locale} onClose={() => setEditing(null)} onSaved={onSaved} />
    </Card>
  );
}
