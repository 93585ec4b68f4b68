import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Modal, Typography } from "antd";
import { PersonPicker, type Locale } from "@dongting/ui-kit";
import { SET_BUILDING_LEADER, SET_GRID_LEADER, SET_NEIGHBOURHOOD_LEADER } from "../graph/grids";
import type { PersonRef } from "../graph/fragments";
import type { PersonOption } from "../graph/people";
import { describePerson, usePeopleSearch } from "../hooks/usePeopleSearch";
import { gridLevelLabel, leaderTitle, type GridLevel } from "../labels";
import { t } from "../i18n";
import { RefusalAlert } from "./RefusalAlert";

export interface LeaderTarget {
  level: GridLevel;
  id: string;
  name: string;
  leader: PersonRef | null;
}

/** Sets (or clears) the leader of a grid, neighbourhood or building, found by searching people. */
export function LeaderModal({
  target,
  locale,
  onClose,
  onSaved,
}: {
  target: LeaderTarget | null;
  locale: Locale;
  onClose(): void;
  onSaved(target: LeaderTarget, leader: PersonRef | null): void;
}) {
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [setGrid, grid] = useMutation(SET_GRID_LEADER);
  const [setNeighbourhood, neighbourhood] = useMutation(SET_NEIGHBOURHOOD_LEADER);
  const [setBuilding, building] = useMutation(SET_BUILDING_LEADER);
  const saving = grid.loading || neighbourhood.loading || building.loading;
  useEffect(() => {
    setError(null);
    setPerson(null);
  }, [target]);

  const save = async (personId: string | null) => {
    if (!target) return;
    setError(null);
    const variables = { id: target.id, personId };
    try {
      let leader: PersonRef | null;
      if (target.level === "GRID") leader = (await setGrid({ variables })).data?.setGridLeader.leader ?? null;
      else if (target.level === "NEIGHBOURHOOD")
        leader = (await setNeighbourhood({ variables })).data?.setNeighbourhoodLeader.leader ?? null;
      else leader = (await setBuilding({ variables })).data?.setBuildingLeader.leader ?? null;
      onSaved(target, leader);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      open={target !== null}
      title={target ? t(locale, "leaderModalTitle", { title: leaderTitle(locale, target.level), name: target.name }) : ""}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="clear" danger data-testid="leader-clear" disabled={!target?.leader} loading={saving} onClick={() => void save(null)}>
          {t(locale, "clearLeader")}
        </Button>,
        <Button key="cancel" onClick={onClose}>
          {t(locale, "cancel")}
        </Button>,
        <Button
          key="ok"
          type="primary"
          data-testid="leader-save"
          disabled={!person}
          loading={saving}
          onClick={() => void save(person?.id ?? null)}
        >
          {t(locale, "save")}
        </Button>,
      ]}
    >
      {target ? (
        <div data-testid="leader-form" data-level={target.level} data-target-id={target.id}>
          <Typography.Paragraph type="secondary">
            {gridLevelLabel(locale, target.level)}「{target.name}」 · {leaderTitle(locale, target.level)}：
            {target.leader?.name ?? t(locale, "none")}
          </Typography.Paragraph>
          <PersonPicker
            value={person}
            onChange={setPerson}
            locale={locale}
            useSearch={usePeopleSearch}
            describe={describePerson}
            placeholder={t(locale, "searchPerson")}
            testId="leader-picker"
          />
          {error ? <RefusalAlert error={error} locale={locale} testId="leader-error" /> : null}
        </div>
      ) : null}
    </Modal>
  );
}
