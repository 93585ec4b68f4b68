import { useState, type MouseEvent, type ReactNode } from "react";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Empty, Spin, Tag, Tree, Typography } from "antd";
import type { TreeDataNode } from "antd";
import { EditOutlined, HomeOutlined, ReloadOutlined } from "@ant-design/icons";
import { QueryError, describeGraphError, type Locale } from "@dongting/ui-kit";
import { GRIDS, GRID_NEIGHBOURHOODS, NEIGHBOURHOOD_BUILDINGS, type BuildingRow, type NeighbourhoodRow } from "./grid-queries";
import type { PersonRef } from "./org-queries";
import { leaderTitle, type GridLevel } from "./labels";
import { LeaderModal, type LeaderTarget } from "./LeaderModal";
import { usePermissions } from "./viewer";
import { t } from "./i18n";

const LEVEL_ATTR: Record<GridLevel, string> = {
  GRID: "data-grid-id",
  NEIGHBOURHOOD: "data-neighbourhood-id",
  BUILDING: "data-building-id",
};

const LEVEL_COLOR: Record<GridLevel, string> = { GRID: "geekblue", NEIGHBOURHOOD: "cyan", BUILDING: "default" };

/**
 * The grid tree: 网格 → 小邻里 → 楼栋 with their leaders and household counts. Neighbourhoods and
 * buildings load when their parent is expanded. Staff and the party committee set leaders by searching
 * a person; everyone else reads.
 */
export function GridPage({ locale }: { locale: Locale }) {
  const client = useApolloClient();
  const { editGrid } = usePermissions();
  const { message } = AntApp.useApp();
  const grids = useQuery(GRIDS);
  const [neighbourhoodsOf, setNeighbourhoodsOf] = useState<Record<string, NeighbourhoodRow[]>>({});
  const [buildingsOf, setBuildingsOf] = useState<Record<string, BuildingRow[]>>({});
  const [editing, setEditing] = useState<LeaderTarget | null>(null);

  const title = (level: GridLevel, row: { id: string; name: string; households: number; leader: PersonRef | null }, prefix?: ReactNode) => {
    const openEditor = (event: MouseEvent) => {
      event.stopPropagation();
      setEditing({ level, id: row.id, name: row.name, leader: row.leader });
    };
    return (
      <span
        {...{ [LEVEL_ATTR[level]]: row.id }}
        data-level={level}
        style={{ display: "inline-flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}
      >
        {prefix}
        <Typography.Text strong={level === "GRID"}>{row.name}</Typography.Text>
        <Typography.Text type="secondary" data-testid="leader" data-person-id={row.leader?.id ?? ""}>
          {t(locale, "leaderOf", { title: leaderTitle(locale, level), name: row.leader?.name ?? t(locale, "none") })}
        </Typography.Text>
        <Tag icon={<HomeOutlined />} color={LEVEL_COLOR[level]} data-testid="households" data-count={row.households}>
          {t(locale, "households", { count: row.households })}
        </Tag>
        {editGrid ? (
          <Button size="small" type="link" icon={<EditOutlined />} data-action="set-leader" onClick={openEditor}>
            {t(locale, "setLeader", { title: leaderTitle(locale, level) })}
          </Button>
        ) : null}
      </span>
    );
  };

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
      if (kind === "grid") {
        const { data } = await client.query({ query: GRID_NEIGHBOURHOODS, variables: { id }, fetchPolicy: "network-only" });
        setNeighbourhoodsOf((prev) => ({ ...prev, [id]: data?.grid?.neighbourhoods ?? [] }));
      } else if (kind === "nb") {
        const { data } = await client.query({ query: NEIGHBOURHOOD_BUILDINGS, variables: { id }, fetchPolicy: "network-only" });
        setBuildingsOf((prev) => ({ ...prev, [id]: data?.neighbourhood?.buildings ?? [] }));
      }
    } catch (error) {
      const { title: heading, detail } = describeGraphError(error, locale);
      void message.error(`${heading}: ${detail}`);
    }
  };

  const onSaved = (target: LeaderTarget, leader: PersonRef | null) => {
    setEditing(null);
    void message.success(t(locale, "leaderSaved", { title: leaderTitle(locale, target.level), name: leader?.name ?? t(locale, "none") }));
    // The grids query updates from the cache (Grid is normalised); the lazily loaded levels are patched here.
    const patch = <R extends { id: string; leader: PersonRef | null }>(rows: Record<string, R[]>) =>
      Object.fromEntries(
        Object.entries(rows).map(([key, list]) => [key, list.map((row) => (row.id === target.id ? { ...row, leader } : row))]),
      );
    if (target.level === "NEIGHBOURHOOD") setNeighbourhoodsOf(patch);
    if (target.level === "BUILDING") setBuildingsOf(patch);
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
      {grids.error && !grids.data ? (
        <QueryError error={grids.error} locale={locale} onRetry={() => void grids.refetch()} />
      ) : !grids.data ? (
        <Spin />
      ) : grids.data.grids.length === 0 ? (
        <Empty description={t(locale, "noGrids")} />
      ) : (
        <div data-testid="grid-tree" data-can-edit={editGrid ? "true" : "false"}>
          <Typography.Paragraph type="secondary" data-testid="grid-summary">
            {t(locale, "gridSummary", { grids: grids.data.grids.length, households: total })}
          </Typography.Paragraph>
          <Tree showLine blockNode selectable={false} treeData={treeData} loadData={loadData} />
        </div>
      )}
      <LeaderModal target={editing} locale={locale} onClose={() => setEditing(null)} onSaved={onSaved} />
    </Card>
  );
}
