import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Modal, Space, Tooltip } from "antd";
import { CheckOutlined, CloseOutlined, LoginOutlined, StopOutlined, SwapOutlined } from "@ant-design/icons";
import { allowedBookingActions } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import type { BookingStatus } from "../labels";
import { APPROVE_BOOKING, CANCEL_BOOKING, CHECK_IN_BOOKING, REJECT_BOOKING } from "../graph/bookings";
import { failureLine } from "../graph/failure";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";
import { MoveBookingModal } from "./MoveBookingModal";
import { RejectDialog } from "./RejectDialog";
import { CancelSeriesButton } from "./CancelSeriesButton";

type Action = "approve" | "reject" | "cancel" | "checkIn" | "move" | "cancelSeries";

export interface BookingActionsProps {
  booking: {
    id: string;
    title: string;
    status: BookingStatus;
    startsAt: string;
    endsAt: string;
    organiser: { id: string } | null;
    /** With these, the booking can be moved and its series cancelled from it on. */
    attendees?: number;
    seriesId?: string | null;
  };
  now: Date;
  locale: Locale;
  /** Which buttons to offer; all that apply by default. */
  only?: readonly Action[];
  size?: "small" | "middle";
  onDone?: () => void;
}

const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true };

/**
 * Approve, reject (with a reason), cancel and check in, each shown only when the station's rules let the
 * viewer use it now; a refusal is told by its reason.
 */
export function BookingActions({ booking, now, locale, only, size = "small", onDone }: BookingActionsProps) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [approve, approving] = useMutation(APPROVE_BOOKING, REFETCH);
  const [reject, rejecting] = useMutation(REJECT_BOOKING, REFETCH);
  const [cancel, cancelling] = useMutation(CANCEL_BOOKING, REFETCH);
  const [checkIn, checkingIn] = useMutation(CHECK_IN_BOOKING, REFETCH);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [moveOpen, setMoveOpen] = useState(false);

  const facts = {
    ...booking,
    startsAt: new Date(booking.startsAt),
    endsAt: new Date(booking.endsAt),
    organiserId: booking.organiser?.id ?? null,
  };
  const allowed = allowedBookingActions(facts, { staff: permissions.manage, personId: permissions.viewer.personId }, now);
  const offer = (action: Action) => !only || only.includes(action);

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      void message.success(success);
      onDone?.();
      return true;
    } catch (error) {
      void message.error(failureLine(error, locale));
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
  // Moving follows cancelling: the same people, while the booking is pending or confirmed and not over.
  if (offer("move") && allowed.cancel && booking.attendees !== undefined) {
    buttons.push(
      <Button key="move" size={size} icon={<SwapOutlined />} data-action="move" onClick={() => setMoveOpen(true)}>
        {t(locale, "moveBooking")}
      </Button>,
    );
  }
  if (offer("cancelSeries") && allowed.cancel && booking.seriesId) {
    buttons.push(
      <CancelSeriesButton
        key="cancelSeries"
        seriesId={booking.seriesId}
        from={booking.startsAt}
        size={size}
        locale={locale}
        onDone={onDone}
      />,
    );
  }
  if (buttons.length === 0) return null;

  return (
    <>
      <Space size={4} wrap>
        {buttons}
      </Space>
      {moveOpen && booking.attendees !== undefined ? (
        <MoveBookingModal
          booking={{ ...booking, attendees: booking.attendees }}
          locale={locale}
          onClose={() => setMoveOpen(false)}
          onMoved={() => {
            setMoveOpen(false);
            onDone?.();
          }}
        />
      ) : null}
      <RejectDialog
        open={rejectOpen}
        bookingTitle={booking.title}
        locale={locale}
        loading={rejecting.loading}
        onCancel={() => setRejectOpen(false)}
        onReject={async (reason) => {
          const ok = await run(() => reject({ variables: { id: booking.id, reason } }), t(locale, "rejected"));
          if (ok) setRejectOpen(false);
          return ok;
        }}
      />
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
