import { useQuery } from "@apollo/client/react";
import { Form, Radio, Select, type FormInstance } from "antd";
import { formatDateTime, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { GRIDS, PATROL_SHIFTS, type PersonOption } from "../graph/lookups";
import { usePatrolShiftWindow } from "../hooks/useTimeWindows";
import { STAFF_CHANNELS, requestChannelLabel, type RequestChannel } from "../labels";
import { t } from "../i18n";
import { ResidentPicker } from "./ResidentPicker";

export interface IntakeValues {
  channel: RequestChannel;
  submitter: PersonOption | null;
  patrolShiftId?: string | null;
  gridId?: string | null;
  category: string;
  title: string;
  description: string;
  anonymous?: boolean;
}

type Home = NonNullable<PersonOption["neighbourhood"]>;

/** What staff add when entering a demand for a resident: the channel, the resident, the patrol shift, the grid. */
export function IntakeStaffFields({ form, locale, home }: { form: FormInstance<IntakeValues>; locale: Locale; home: Home | null }) {
  const channel = Form.useWatch("channel", form) ?? "HOTLINE";
  const grids = useQuery(GRIDS, { variables: { ...useCommunityFilter() } });
  const shiftWindow = usePatrolShiftWindow();
  const patrol = useQuery(PATROL_SHIFTS, { variables: shiftWindow, skip: channel !== "PATROL" });

  return (
    <>
      <Form.Item name="channel" label={t(locale, "colChannel")} rules={[{ required: true }]}>
        <Radio.Group
          data-testid="intake-channel"
          optionType="button"
          options={STAFF_CHANNELS.map((value) => ({
            value,
            label: <span data-channel={value}>{requestChannelLabel(locale, value)}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="submitter"
        label={t(locale, "submitterResident")}
        rules={[{ required: true, message: t(locale, "submitterRequired") }]}
      >
        <ResidentPicker
          locale={locale}
          testId="intake-submitter"
          onChange={(person) => form.setFieldsValue({ gridId: person?.neighbourhood?.grid.id ?? null })}
        />
      </Form.Item>
      {channel === "PATROL" ? (
        <Form.Item name="patrolShiftId" label={t(locale, "patrolShift")} extra={t(locale, "patrolShiftHint")}>
          <Select
            allowClear
            data-testid="intake-shift"
            loading={patrol.loading}
            placeholder={t(locale, "patrolShiftPlaceholder")}
            status={patrol.error ? "error" : undefined}
            notFoundContent={patrol.error ? t(locale, "loadFailed") : undefined}
            options={(patrol.data?.volunteerTeams ?? []).flatMap((team) =>
              team.shifts.map((shift) => ({
                value: shift.id,
                label: `${team.name} · ${shift.title} · ${formatDateTime(locale, shift.startsAt)}`,
              })),
            )}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="gridId" label={t(locale, "grid")} extra={home ? `${home.grid.name} · ${home.name}` : t(locale, "gridHint")}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          data-testid="intake-grid"
          loading={grids.loading}
          placeholder={t(locale, "pickGrid")}
          options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
        />
      </Form.Item>
    </>
  );
}
