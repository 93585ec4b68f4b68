import { useQuery } from "@apollo/client/react";
import { Flex, Select } from "antd";
import { useCommunityFilter, type Locale } from "@dongting/ui-kit";
import { GRIDS, GRID_NEIGHBOURHOODS, NEIGHBOURHOOD_BUILDINGS } from "../graph/grids";
import { tp } from "../i18n-people";

export interface HomeValue {
  gridId: string | null;
  neighbourhoodId: string | null;
  buildingId: string | null;
}

/**
 * Where a person lives: 网格 → 小邻里 → 楼栋, each list loaded once the level above is chosen. Choosing a
 * level clears the levels below it (a building belongs to one neighbourhood, the graph checks it again).
 */
export function HomePicker({ value, onChange, locale }: { value: HomeValue; onChange(next: HomeValue): void; locale: Locale }) {
  const grids = useQuery(GRIDS, { variables: { ...useCommunityFilter() } });
  const neighbourhoods = useQuery(GRID_NEIGHBOURHOODS, { variables: { id: value.gridId ?? "" }, skip: !value.gridId });
  const buildings = useQuery(NEIGHBOURHOOD_BUILDINGS, { variables: { id: value.neighbourhoodId ?? "" }, skip: !value.neighbourhoodId });
  const options = (rows: ReadonlyArray<{ id: string; name: string }> | undefined) =>
    (rows ?? []).map((row) => ({ value: row.id, label: row.name }));
  return (
    <Flex gap={8} wrap>
      <Select
        data-testid="home-grid"
        style={{ minWidth: 140 }}
        allowClear
        placeholder={tp(locale, "grid")}
        value={value.gridId ?? undefined}
        options={options(grids.data?.grids)}
        onChange={(gridId?: string) => onChange({ gridId: gridId ?? null, neighbourhoodId: null, buildingId: null })}
      />
      <Select
        data-testid="home-neighbourhood"
        style={{ minWidth: 160 }}
        allowClear
        disabled={!value.gridId}
        placeholder={tp(locale, "neighbourhood")}
        value={value.neighbourhoodId ?? undefined}
        options={options(neighbourhoods.data?.grid?.neighbourhoods)}
        onChange={(neighbourhoodId?: string) => onChange({ ...value, neighbourhoodId: neighbourhoodId ?? null, buildingId: null })}
      />
      <Select
        data-testid="home-building"
        style={{ minWidth: 140 }}
        allowClear
        disabled={!value.neighbourhoodId}
        placeholder={tp(locale, "building")}
        value={value.buildingId ?? undefined}
        options={options(buildings.data?.neighbourhood?.buildings)}
        onChange={(buildingId?: string) => onChange({ ...value, buildingId: buildingId ?? null })}
      />
    </Flex>
  );
}
