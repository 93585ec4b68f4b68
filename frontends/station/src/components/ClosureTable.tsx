import type { HTMLAttributes } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Popconfirm, Table, Tag } from "antd";
import { PlayCircleOutlined } from "@ant-design/icons";
import { RedactableText, type Locale } from "@dongting/ui-kit";
import { REOPEN_ZONE, type ClosureWithZone } from "../graph/closures";
import { failureLine } from "../graph/failure";
import { formatPeriod } from "../format";
import { t } from "../i18n";
import { closureState, type ClosureState } from "./closure-state";

const STATE_COLOR: Record<ClosureState, string> = { PLANNED: "gold", IN_EFFECT: "red", ENDED: "default", REOPENED: "green" };

/** Reopens a zone now, or cancels a planned closure, after a confirmation. */
function ReopenButton({ closure, state, locale }: { closure: ClosureWithZone; state: "PLANNED" | "IN_EFFECT"; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [reopenZone] = useMutation(REOPEN_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });
  return (
    <Popconfirm
      title={t(locale, state === "PLANNED" ? "cancelClosureConfirm" : "reopenConfirm", { zone: closure.zone.name })}
      onConfirm={async () => {
        try {
          await reopenZone({ variables: { closureId: closure.id } });
          void message.success(t(locale, "reopened"));
        } catch (error) {
          void message.error(failureLine(error, locale));
        }
      }}
    >
      <Button size="small" icon={<PlayCircleOutlined />} data-action="reopen">
        {t(locale, state === "PLANNED" ? "cancelClosure" : "reopen")}
      </Button>
    </Popconfirm>
  );
}

export interface ClosureTableProps {
  rows: ClosureWithZone[];
  loading: boolean;
  now: Date;
  locale: Locale;
  /** Staff reopen zones early or cancel planned closures. */
  manage: boolean;
}

/** The closures of the zones, each with where it stands now. */
export function ClosureTable({ rows, loading, now, locale, manage }: ClosureTableProps) {
  return (
    <Table<ClosureWithZone>
      rowKey="id"
      size="small"
      data-testid="closure-list"
      loading={loading}
      dataSource={rows}
      onRow={(c) => ({ "data-closure-id": c.id, "data-state": closureState(c, now) }) as HTMLAttributes<HTMLElement>}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      locale={{ emptyText: t(locale, "noClosures") }}
      columns={[
        { key: "zone", title: t(locale, "colZone"), render: (_: unknown, c) => c.zone.name },
        { key: "period", title: t(locale, "colPeriod"), render: (_: unknown, c) => formatPeriod(c.startsAt, c.endsAt) },
        { key: "reason", title: t(locale, "colReason"), render: (_: unknown, c) => <RedactableText text={c.reason} locale={locale} /> },
        {
          key: "state",
          title: t(locale, "colStatus"),
          render: (_: unknown, c) => {
            const state = closureState(c, now);
            return <Tag color={STATE_COLOR[state]}>{t(locale, `closure${state}`)}</Tag>;
          },
        },
        ...(manage
          ? [
              {
                key: "actions",
                title: t(locale, "colActions"),
                render: (_: unknown, c: ClosureWithZone) => {
                  const state = closureState(c, now);
                  return state === "PLANNED" || state === "IN_EFFECT" ? <ReopenButton closure={c} state={state} locale={locale} /> : null;
                },
              },
            ]
          : []),
      ]}
    />
  );
}
