import type { HTMLAttributes } from "react";
import { Table } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import type { MySignup } from "../graph/shifts";
import type { SignupControls } from "../hooks/useSignupControls";
import { formatSpan } from "../format";
import { Refusal } from "./Refusal";
import { SignupButtons } from "./SignupButtons";
import { CancelledTag } from "./ShiftAdminButtons";
import { SignupStateTag } from "./SignupStateTag";
import { t } from "../i18n";

export interface MyWeekTableProps {
  signups: MySignup[];
  controls: SignupControls;
  locale: Locale;
  now: Date;
}

/** The volunteer's own sign-ups of the week, each cancellable until the shared rule closes it; a cancelled shift says so. */
export function MyWeekTable({ signups, controls, locale, now }: MyWeekTableProps) {
  return (
    <Table<MySignup>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={signups}
      locale={{ emptyText: t(locale, "myWeekEmpty") }}
      onRow={(signup) => ({ "data-shift-id": signup.shift.id }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: "title",
          title: t(locale, "shiftTitle"),
          render: (_: unknown, s) => <Link href={`/shifts/${s.shift.id}`}>{s.shift.title}</Link>,
        },
        { key: "team", title: t(locale, "team"), render: (_: unknown, s) => s.shift.team.name },
        {
          key: "time",
          title: t(locale, "shiftTime"),
          render: (_: unknown, s) => formatSpan(locale, s.shift.startsAt, s.shift.endsAt, true),
        },
        { key: "location", title: t(locale, "shiftLocation"), render: (_: unknown, s) => s.shift.location ?? "—" },
        {
          key: "state",
          title: t(locale, "status"),
          render: (_: unknown, s) =>
            s.shift.cancelledAt ? <CancelledTag shift={s.shift} locale={locale} /> : <SignupStateTag signup={s} locale={locale} />,
        },
        {
          key: "actions",
          title: t(locale, "actions"),
          render: (_: unknown, s) => (
            <>
              {s.checkedInAt || s.shift.cancelledAt ? null : (
                <SignupButtons shift={s.shift} mine={s} controls={controls} locale={locale} now={now} showState={false} />
              )}
              <Refusal error={controls.errors[s.shift.id]} locale={locale} onClose={() => controls.onDismiss(s.shift.id)} />
            </>
          ),
        },
      ]}
    />
  );
}
