import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Checkbox, Flex, Input, Select } from "antd";
import { QueryError, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { GRIDS } from "../graph/lookups";
import { EMPTY_BOARD_FILTER, type BoardFilterState } from "../graph/filters";
import { HANDLING_LEVELS, URGENCIES, handlingLevelLabel, urgencyLabel, type HandlingLevel, type Urgency } from "../labels";
import { UrgencyDot } from "./Badges";
import { DeadlineFilter } from "./DeadlineFilter";
import { t } from "../i18n";

/** The board's filters (grid, colour, level, traffic light, overdue, text), applied to every column. */
export function BoardFilters({
  filter,
  onChange,
  locale,
}: {
  filter: BoardFilterState;
  onChange(filter: BoardFilterState): void;
  locale: Locale;
}) {
  const [typed, setTyped] = useState("");
  const grids = useQuery(GRIDS, { variables: { ...useCommunityFilter() } });
  const set = (patch: Partial<BoardFilterState>) => onChange({ ...filter, ...patch });
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_BOARD_FILTER);
  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} data-testid="board-filters">
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          data-testid="filter-grid"
          style={{ width: 180 }}
          placeholder={t(locale, "filterGrid")}
          loading={grids.loading}
          value={filter.gridId ?? undefined}
          onChange={(gridId: string | undefined) => set({ gridId: gridId ?? null })}
          options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
        />
        <Select<Urgency[]>
          mode="multiple"
          allowClear
          data-testid="filter-urgency"
          style={{ minWidth: 180 }}
          placeholder={t(locale, "filterUrgency")}
          value={filter.urgency}
          onChange={(urgency) => set({ urgency })}
          options={URGENCIES.map((value) => ({
            value,
            label: (
              <span>
                <UrgencyDot urgency={value} size={8} />
                {urgencyLabel(locale, value)}
              </span>
            ),
          }))}
        />
        <Select<HandlingLevel[]>
          mode="multiple"
          allowClear
          data-testid="filter-level"
          style={{ minWidth: 160 }}
          placeholder={t(locale, "filterLevel")}
          value={filter.level}
          onChange={(level) => set({ level })}
          options={HANDLING_LEVELS.map((value) => ({ value, label: handlingLevelLabel(locale, value) }))}
        />
        <DeadlineFilter value={filter.deadlineState} onChange={(deadlineState) => set({ deadlineState })} locale={locale} />
        <Checkbox data-testid="filter-overdue" checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })}>
          {t(locale, "filterOverdue")}
        </Checkbox>
        <Input.Search
          allowClear
          data-testid="filter-search"
          style={{ width: 260 }}
          placeholder={t(locale, "searchPlaceholder")}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            if (e.target.value === "") set({ search: "" });
          }}
          onSearch={(value) => set({ search: value })}
        />
        {filtered ? (
          <Button
            type="link"
            onClick={() => {
              setTyped("");
              onChange(EMPTY_BOARD_FILTER);
            }}
          >
            {t(locale, "clearFilters")}
          </Button>
        ) : null}
      </Flex>
      {grids.error ? <QueryError error={grids.error} locale={locale} onRetry={() => void grids.refetch()} /> : null}
    </>
  );
}
