import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Descriptions, Flex, Form, Modal, Select, Tag } from "antd";
import { useCommunityFilter, type Locale } from "@dongting/ui-kit";
import { GRIDS } from "../graph/grids";
import { GRID_BUILDINGS, SET_COVERAGE, UNIT_COVERAGE, type UnitCoverage as Coverage } from "../graph/person-records";
import { tp } from "../i18n-people";
import { RefusalAlert } from "./RefusalAlert";

/** The grids and buildings the unit covers (a compound its 网格, a building group its 楼栋), editable by staff. */
export function UnitCoverage({
  unitId,
  unitName,
  canEdit,
  locale,
}: {
  unitId: string;
  unitName: string;
  canEdit: boolean;
  locale: Locale;
}) {
  const { data } = useQuery(UNIT_COVERAGE, { variables: { id: unitId } });
  const [editing, setEditing] = useState(false);
  const coverage = data?.orgUnit;
  if (!coverage) return null;
  const tags = (rows: ReadonlyArray<{ id: string; name: string }>, attr: string) =>
    rows.length
      ? rows.map((row) => (
          <Tag key={row.id} {...{ [attr]: row.id }}>
            {row.name}
          </Tag>
        ))
      : tp(locale, "none");
  return (
    <>
      <Descriptions column={1} bordered size="small" style={{ marginTop: 12 }} data-testid="unit-coverage">
        <Descriptions.Item
          label={
            <Flex gap={8} align="center">
              {tp(locale, "coverage")}
              {canEdit ? (
                <Button size="small" type="link" data-testid="set-coverage" onClick={() => setEditing(true)}>
                  {tp(locale, "setCoverage")}
                </Button>
              ) : null}
            </Flex>
          }
        >
          <div>
            {tp(locale, "coverageGrids")}：{tags(coverage.coversGrids, "data-grid-id")}
          </div>
          <div>
            {tp(locale, "coverageBuildings")}：{tags(coverage.coversBuildings, "data-building-id")}
          </div>
        </Descriptions.Item>
      </Descriptions>
      <Modal
        open={editing}
        title={tp(locale, "coverageTitle", { name: unitName })}
        onCancel={() => setEditing(false)}
        destroyOnHidden
        footer={null}
      >
        <CoverageForm coverage={coverage} locale={locale} onDone={() => setEditing(false)} />
      </Modal>
    </>
  );
}

function CoverageForm({ coverage, locale, onDone }: { coverage: Coverage; locale: Locale; onDone(): void }) {
  const { message } = AntApp.useApp();
  const grids = useQuery(GRIDS, { variables: { ...useCommunityFilter() } });
  const [gridIds, setGridIds] = useState(coverage.coversGrids.map((grid) => grid.id));
  const [buildingIds, setBuildingIds] = useState(coverage.coversBuildings.map((building) => building.id));
  const [pickFrom, setPickFrom] = useState<string | null>(null);
  const buildingsOfGrid = useQuery(GRID_BUILDINGS, { variables: { id: pickFrom ?? "" }, skip: !pickFrom });
  const [save, { loading }] = useMutation(SET_COVERAGE);
  const [error, setError] = useState<unknown>(null);
  const known = new Map(coverage.coversBuildings.map((building) => [building.id, building.name]));
  for (const nb of buildingsOfGrid.data?.grid?.neighbourhoods ?? []) for (const b of nb.buildings) known.set(b.id, b.name);
  const submit = async () => {
    setError(null);
    try {
      await save({ variables: { orgUnitId: coverage.id, gridIds, buildingIds } });
      void message.success(tp(locale, "coverageSaved"));
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Form layout="vertical" data-testid="coverage-form" onFinish={() => void submit()}>
      <Form.Item label={tp(locale, "coverageGrids")}>
        <Select
          mode="multiple"
          data-testid="coverage-grids"
          value={gridIds}
          onChange={setGridIds}
          options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
        />
      </Form.Item>
      <Form.Item label={tp(locale, "coverageBuildings")}>
        <Flex vertical gap={8}>
          <Select
            data-testid="coverage-pick-grid"
            allowClear
            placeholder={tp(locale, "pickGridForBuildings")}
            value={pickFrom ?? undefined}
            onChange={(id?: string) => setPickFrom(id ?? null)}
            options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
          />
          <Select
            mode="multiple"
            data-testid="coverage-buildings"
            value={buildingIds}
            onChange={setBuildingIds}
            optionFilterProp="label"
            options={[...known].map(([value, label]) => ({ value, label }))}
          />
        </Flex>
      </Form.Item>
      <RefusalAlert error={error} locale={locale} testId="coverage-error" />
      <Flex justify="end" style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="coverage-submit">
          {tp(locale, "submit")}
        </Button>
      </Flex>
    </Form>
  );
}
