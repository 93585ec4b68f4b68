import { useState } from "react";
import { Button, Card, Flex, Space } from "antd";
import { CrownOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { addDays, toLocal } from "@dongting/domain/local-time";
import type { TeamDetail } from "../graph/teams";
import { presetRange, type Range } from "../periods";
import { LeaderModal } from "./LeaderModal";
import { PeriodPicker } from "./PeriodPicker";
import { ServiceTimeExport } from "./ServiceTimeExport";
import { ShiftFormModal } from "./ShiftFormModal";
import { TeamFormModal } from "./TeamFormModal";
import { t } from "../i18n";

export interface TeamAdminBarProps {
  team: TeamDetail;
  /** Staff: edit the team and hand it to a new leader. */
  staff: boolean;
  locale: Locale;
  now: Date;
}

/**
 * A team's tools for its managers: a new shift (its leader or staff), editing the team and setting its
 * leader (staff: the subgraph's rule), and the export of its service time over a period.
 */
export function TeamAdminBar({ team, staff, locale, now }: TeamAdminBarProps) {
  const [dialog, setDialog] = useState<"shift" | "team" | "leader" | null>(null);
  const [period, setPeriod] = useState<Range>(() => presetRange("thisMonth", now));
  const close = () => setDialog(null);
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="team-admin">
      <Flex justify="space-between" wrap gap={12} align="center">
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} data-action="new-shift" onClick={() => setDialog("shift")}>
            {t(locale, "newShift")}
          </Button>
          {staff ? (
            <>
              <Button icon={<EditOutlined />} data-action="edit-team" onClick={() => setDialog("team")}>
                {t(locale, "editTeam")}
              </Button>
              <Button icon={<CrownOutlined />} data-action="set-leader" onClick={() => setDialog("leader")}>
                {t(locale, "setLeader")}
              </Button>
            </>
          ) : null}
        </Space>
        <Space wrap>
          <PeriodPicker locale={locale} initial="thisMonth" onChange={setPeriod} />
          <ServiceTimeExport period={period} teamId={team.id} />
        </Space>
      </Flex>
      {dialog === "shift" ? (
        <ShiftFormModal open teamId={team.id} defaultDate={addDays(toLocal(now).date, 1)} locale={locale} onClose={close} />
      ) : null}
      {dialog === "team" ? <TeamFormModal open team={team} locale={locale} onClose={close} /> : null}
      {dialog === "leader" ? <LeaderModal open teamId={team.id} locale={locale} onClose={close} /> : null}
    </Card>
  );
}
