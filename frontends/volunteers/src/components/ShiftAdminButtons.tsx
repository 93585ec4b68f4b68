import { useState } from "react";
import { Button, Space, Tag, Tooltip } from "antd";
import { CloseCircleOutlined, EditOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { isOver } from "@dongting/domain/volunteers";
import type { ShiftSummary } from "../graph/shifts";
import { CancelShiftModal } from "./CancelShiftModal";
import { ShiftFormModal } from "./ShiftFormModal";
import { t } from "../i18n";

/**
 * Edit and cancel for one shift, for its team's leader and staff: until it is over (the subgraph's rule);
 * a cancelled shift shows its reason instead.
 */
export function ShiftAdminButtons({ shift, locale, now }: { shift: ShiftSummary; locale: Locale; now: Date }) {
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  if (shift.cancelledAt) return <CancelledTag shift={shift} locale={locale} />;
  if (isOver(shift, now)) return null;
  return (
    <Space size={4} data-testid="shift-admin" data-shift-id={shift.id}>
      <Button size="small" icon={<EditOutlined />} data-action="edit-shift" onClick={() => setEditing(true)}>
        {t(locale, "editShift")}
      </Button>
      <Button size="small" danger icon={<CloseCircleOutlined />} data-action="cancel-shift" onClick={() => setCancelling(true)}>
        {t(locale, "cancelShift")}
      </Button>
      {editing ? <ShiftFormModal open teamId={shift.team.id} shift={shift} locale={locale} onClose={() => setEditing(false)} /> : null}
      {cancelling ? <CancelShiftModal open shift={shift} locale={locale} onClose={() => setCancelling(false)} /> : null}
    </Space>
  );
}

/** 已取消, with the reason on hover. */
export function CancelledTag({ shift, locale }: { shift: Pick<ShiftSummary, "cancelledAt" | "cancelReason">; locale: Locale }) {
  if (!shift.cancelledAt) return null;
  return (
    <Tooltip title={shift.cancelReason ? t(locale, "cancelledReason", { reason: shift.cancelReason }) : undefined}>
      <Tag color="default" data-testid="shift-cancelled" data-reason={shift.cancelReason ?? undefined}>
        {t(locale, "cancelled")}
      </Tag>
    </Tooltip>
  );
}
