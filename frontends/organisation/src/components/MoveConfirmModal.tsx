import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Modal, Typography } from "antd";
import { ArrowRightOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { MOVE_ORG_UNIT } from "../graph/org-unit-changes";
import { orgUnitKindLabel, type OrgUnitKind } from "../labels";
import { useOrgTree } from "../hooks/useOrgTree";
import { t } from "../i18n";
import { RefusalAlert } from "./RefusalAlert";

export interface PendingMove {
  unit: { id: string; name: string; kind: OrgUnitKind };
  from: { id: string; name: string } | null;
  to: { id: string; name: string };
}

/** Asks before a dragged unit (and its whole subtree) moves, naming its old and new parent. */
export function MoveConfirmModal({
  move,
  locale,
  onClose,
  onMoved,
}: {
  move: PendingMove | null;
  locale: Locale;
  onClose(): void;
  onMoved(move: PendingMove): void;
}) {
  const { refreshAround, reveal } = useOrgTree();
  const [moveUnit, { loading }] = useMutation(MOVE_ORG_UNIT, {
    refetchQueries: ["OrgUnitDetail", "OrgUnitHistory", "OrgUnitMembers"],
  });
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setError(null), [move]);

  const confirm = async () => {
    if (!move) return;
    setError(null);
    try {
      await moveUnit({ variables: { id: move.unit.id, newParentId: move.to.id } });
    } catch (failure) {
      setError(failure);
      return;
    }
    try {
      await refreshAround([move.from?.id, move.to.id]);
      await reveal([move.to.id]);
    } finally {
      onMoved(move);
    }
  };

  return (
    <Modal
      open={move !== null}
      title={t(locale, "moveTitle")}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" data-testid="move-cancel" onClick={onClose}>
          {t(locale, "cancel")}
        </Button>,
        <Button key="ok" type="primary" data-testid="move-confirm-ok" loading={loading} onClick={() => void confirm()}>
          {t(locale, "confirmMove")}
        </Button>,
      ]}
    >
      {move ? (
        <div
          data-testid="move-confirm"
          data-unit-id={move.unit.id}
          data-from-parent-id={move.from?.id ?? ""}
          data-to-parent-id={move.to.id}
        >
          <Typography.Paragraph data-testid="move-question">
            {t(locale, "moveQuestion", {
              name: move.unit.name,
              kind: orgUnitKindLabel(locale, move.unit.kind),
              from: move.from?.name ?? t(locale, "none"),
              to: move.to.name,
            })}
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text delete type="secondary" data-testid="move-from">
              {move.from?.name ?? t(locale, "none")}
            </Typography.Text>{" "}
            <ArrowRightOutlined />{" "}
            <Typography.Text strong data-testid="move-to">
              {move.to.name}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t(locale, "moveSubtreeHint")}</Typography.Paragraph>
          {error ? <RefusalAlert error={error} locale={locale} testId="move-error" /> : null}
        </div>
      ) : null}
    </Modal>
  );
}
