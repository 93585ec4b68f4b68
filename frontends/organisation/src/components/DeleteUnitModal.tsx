import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Modal, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { DELETE_ORG_UNIT } from "../graph/org-unit-changes";
import { t } from "../i18n";
import { RefusalAlert } from "./RefusalAlert";

/** Asks before deleting a unit; the graph refuses (CONFLICT, HAS_CHILDREN or
 * HAS_MEMBERS) while it has sub-units or members, shown here by reason. */
export function DeleteUnitModal({
  unit,
  locale,
  onClose,
  onDeleted,
}: {
  unit: { id: string; name: string } | null;
  locale: Locale;
  onClose(): void;
  onDeleted(id: string): void;
}) {
  const [remove, { loading }] = useMutation(DELETE_ORG_UNIT);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setError(null), [unit]);

  const confirm = async () => {
    if (!unit) return;
    setError(null);
    try {
      await remove({ variables: { id: unit.id } });
      onDeleted(unit.id);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal
      open={unit !== null}
      title={t(locale, "deleteTitle")}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t(locale, "cancel")}
        </Button>,
        <Button key="ok" danger type="primary" data-testid="delete-confirm-ok" loading={loading} onClick={() => void confirm()}>
          {t(locale, "delete")}
        </Button>,
      ]}
    >
      {unit ? (
        <div data-testid="delete-confirm" data-unit-id={unit.id}>
          <Typography.Paragraph>{t(locale, "deleteQuestion", { name: unit.name })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t(locale, "deleteHint")}</Typography.Paragraph>
          {error ? <RefusalAlert error={error} locale={locale} testId="delete-error" /> : null}
        </div>
      ) : null}
    </Modal>
  );
}
