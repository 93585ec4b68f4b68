import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Modal, Select, Typography } from "antd";
import { useDebounced, type Locale } from "@dongting/ui-kit";
import { ORG_UNIT_MEMBERS } from "../graph/org-units";
import { SET_SECRETARY } from "../graph/org-unit-changes";
import { membershipKindLabel } from "../labels";
import { t } from "../i18n";
import { RefusalAlert } from "./RefusalAlert";

/** Appoints a secretary from the party members of the unit and the units below it. */
export function SecretaryModal({
  unit,
  locale,
  onClose,
  onDone,
}: {
  unit: { id: string; name: string; secretary: { id: string; name: string } | null } | null;
  locale: Locale;
  onClose(): void;
  onDone(): void;
}) {
  const [typed, setTyped] = useState("");
  const search = useDebounced(typed.trim(), 250);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [appoint, { loading: saving }] = useMutation(SET_SECRETARY, { refetchQueries: ["OrgUnitDetail", "OrgUnitHistory"] });
  useEffect(() => {
    setError(null);
    setChosen(null);
    setTyped("");
  }, [unit]);

  const members = useQuery(ORG_UNIT_MEMBERS, {
    variables: { id: unit?.id ?? "", first: 20, search: search || null, includeDescendants: true },
    skip: !unit,
  });
  const options = (members.data ?? members.previousData)?.orgUnit?.members.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.name}${node.partyMembership ? ` · ${node.partyMembership.orgUnit.name} · ${membershipKindLabel(locale, node.partyMembership.kind)}` : ""}`,
  }));

  const confirm = async () => {
    if (!unit || !chosen) return;
    setError(null);
    try {
      await appoint({ variables: { orgUnitId: unit.id, personId: chosen } });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      open={unit !== null}
      title={unit ? t(locale, "secretaryTitle", { name: unit.name }) : ""}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t(locale, "cancel")}
        </Button>,
        <Button key="ok" type="primary" data-testid="secretary-save" disabled={!chosen} loading={saving} onClick={() => void confirm()}>
          {t(locale, "save")}
        </Button>,
      ]}
    >
      {unit ? (
        <div data-testid="secretary-form">
          <Typography.Paragraph type="secondary">
            {t(locale, "currentSecretary", { name: unit.secretary?.name ?? t(locale, "none") })}
          </Typography.Paragraph>
          <Select
            data-testid="secretary-picker"
            style={{ width: "100%" }}
            showSearch={{ filterOption: false, onSearch: setTyped }}
            placeholder={t(locale, "searchMember")}
            value={chosen ?? undefined}
            onChange={(value: string) => setChosen(value)}
            loading={members.loading}
            options={options ?? []}
            notFoundContent={t(locale, "nobodyFound")}
          />
          {error ? <RefusalAlert error={error} locale={locale} testId="secretary-error" /> : null}
        </div>
      ) : null}
    </Modal>
  );
}
