import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Input, Modal, Space, Tooltip, Typography } from "antd";
import { CheckOutlined, CloseOutlined, LoginOutlined, StopOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { APPROVE_BOOKING, CANCEL_BOOKING, CHECK_IN_BOOKING, REJECT_BOOKING } from "../bookings-query";
import { graphFailure } from "../graph-errors";
import { usePermissions } from "../viewer";
import { t } from "../i18n";
import { allowedActions, type BookingLike } from "./rules";

export interface BookingActionsProps {
  booking: BookingLike & { id: string; title: string };
  locale: Locale;
  /** Which buttons to offer; all that apply by default. */
  only?: ReadonlyArray<"approve" | "reject" | "cancel" | "checkIn">;
  size?: "small" | "middle";
  onDone?: () => void;
}

const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true };

/** Approve, reject (with a reason), cancel and check in, each shown only when the viewer may use it now. */
export function BookingActions({ booking, locale, only, size = "small", onDone }: BookingActionsProps) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [approve, approving] = useMutation(APPROVE_BOOKING, REFETCH);
  const [reject, rejecting] = useMutation(REJECT_BOOKING, REFETCH);
  const [cancel, cancelling] = useMutation(CANCEL_BOOKING, REFETCH);
  const [checkIn, checkingIn] = useMutation(CHECK_IN_BOOKING, REFETCH);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [cancelOpen, setCancelOpen] = useState(false);

  const allowed = allowedActions(booking, permissions.manage, permissions.viewer.personId, new Date());
  const offer = (action: "approve" | "reject" | "cancel" | "checkIn") => !only || only.includes(action);

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      void message.success(success);
      onDone?.();
      return true;
    } catch (error) {
      const failure = graphFailure(error, locale);
      void message.error(`${failure.title}：${failure.message}`);
      return false;
    }
  };

  const variables = { id: booking.id };
  const buttons = [];
  if (offer("approve") && allowed.approve) {
    buttons.push(
      <Button
        key="approve"
        type="primary"
        size={size}
        icon={<CheckOutlined />}
        data-action="approve"
        loading={approving.loading}
        onClick={() => void run(() => approve({ variables }), t(locale, "approved"))}
      >
        {t(locale, "approve")}
      </Button>,
    );
  }
  if (offer("reject") && allowed.reject) {
    buttons.push(
      <Button key="reject" danger size={size} icon={<CloseOutlined />} data-action="reject" onClick={() => setRejectOpen(true)}>
        {t(locale, "reject")}
      </Button>,
    );
  }
  if (offer("checkIn") && allowed.checkIn) {
    const open = allowed.checkIn === "OPEN";
    const button = (
      <Button
        key="checkIn"
        type={open ? "primary" : "default"}
        size={size}
        icon={<LoginOutlined />}
        data-action="check-in"
        disabled={!open}
        loading={checkingIn.loading}
        onClick={() => void run(() => checkIn({ variables }), t(locale, "checkedIn"))}
      >
        {t(locale, "checkIn")}
      </Button>
    );
    buttons.push(
      open ? (
        button
      ) : (
        <Tooltip key="checkIn" title={t(locale, allowed.checkIn === "TOO_EARLY" ? "checkInTooEarly" : "checkInTooLate")}>
          <span>{button}</span>
        </Tooltip>
      ),
    );
  }
  if (offer("cancel") && allowed.cancel) {
    buttons.push(
      <Button key="cancel" size={size} icon={<StopOutlined />} data-action="cancel" onClick={() => setCancelOpen(true)}>
        {t(locale, "cancelBooking")}
      </Button>,
    );
  }
  if (buttons.length === 0) return null;

  return (
    <>
      <Space size={4} wrap>
        {buttons}
      </Space>
      <Modal
        open={rejectOpen}
        title={t(locale, "rejectTitle", { title: booking.title })}
        okText={t(locale, "reject")}
        okButtonProps={{ danger: true, disabled: reason.trim().length === 0, "data-action": "confirm-reject" }}
        confirmLoading={rejecting.loading}
        onCancel={() => setRejectOpen(false)}
        onOk={async () => {
          const ok = await run(() => reject({ variables: { id: booking.id, reason: reason.trim() } }), t(locale, "rejected"));
          if (ok) {
            setRejectOpen(false);
            setReason("");
          }
        }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t(locale, "rejectHint")}</Typography.Paragraph>
        <Input.TextArea
          data-testid="reject-reason"
          value={reason}
          maxLength={200}
          showCount
          rows={3}
          placeholder={t(locale, "rejectReasonPlaceholder")}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      <Modal
        open={cancelOpen}
        title={t(locale, "cancelTitle", { title: booking.title })}
        okText={t(locale, "cancelBooking")}
        cancelText={t(locale, "keepBooking")}
        okButtonProps={{ danger: true, "data-action": "confirm-cancel" }}
        confirmLoading={cancelling.loading}
        onCancel={() => setCancelOpen(false)}
        onOk={async () => {
          if (await run(() => cancel({ variables }), t(locale, "cancelled"))) setCancelOpen(false);
        }}
      >
        {t(locale, "cancelConfirm")}
      </Modal>
    </>
  );
}
