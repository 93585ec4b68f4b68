import { useState } from "react";
import { Input, Modal, Typography } from "antd";
import { DECISION_NOTE_MAX_LENGTH } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";

export interface RejectDialogProps {
  open: boolean;
  bookingTitle: string;
  locale: Locale;
  loading: boolean;
  /** Rejects with the trimmed reason; resolves true when the graph accepted it. */
  onReject(reason: string): Promise<boolean>;
  onCancel(): void;
}

/** Asks staff why they reject a booking (the organiser is told); the reason is required. */
export function RejectDialog({ open, bookingTitle, locale, loading, onReject, onCancel }: RejectDialogProps) {
  const [reason, setReason] = useState("");
  const trimmed = reason.trim();
  return (
    <Modal
      open={open}
      title={t(locale, "rejectTitle", { title: bookingTitle })}
      okText={t(locale, "reject")}
      okButtonProps={{
        danger: true,
        disabled: trimmed.length === 0 || trimmed.length > DECISION_NOTE_MAX_LENGTH,
        "data-action": "confirm-reject",
      }}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={async () => {
        if (await onReject(trimmed)) setReason("");
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(locale, "rejectHint")}</Typography.Paragraph>
      <Input.TextArea
        data-testid="reject-reason"
        value={reason}
        count={{ show: true, max: DECISION_NOTE_MAX_LENGTH }}
        rows={3}
        placeholder={t(locale, "rejectReasonPlaceholder")}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
