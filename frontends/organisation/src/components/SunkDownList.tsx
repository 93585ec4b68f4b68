import { useQuery } from "@apollo/client/react";
import { Empty, Table, Tag } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import { SUNK_DOWN_REPORTS, type SunkDownRow } from "../graph/person-records";
import { tp } from "../i18n-people";
import { RefusalAlert } from "./RefusalAlert";

/** 下沉党员: the reports of the unit and the units below it, with each member's work unit and duties. */
export function SunkDownList({ unitId, locale }: { unitId: string; locale: Locale }) {
  const { data, loading, error } = useQuery(SUNK_DOWN_REPORTS, { variables: { orgUnitId: unitId }, fetchPolicy: "network-only" });
  return (
    <>
      <RefusalAlert error={error} locale={locale} testId="sunk-down-list-error" />
      <Table<SunkDownRow>
        data-testid="sunk-down-list"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={data?.sunkDownReports ?? []}
        locale={{ emptyText: <Empty description={tp(locale, "noSunkDown")} /> }}
        columns={[
          {
            title: tp(locale, "name"),
            key: "person",
            render: (_, row) => <Link href={`/people/${row.person.id}`}>{row.person.name}</Link>,
          },
          { title: tp(locale, "workUnit"), dataIndex: "workUnit" },
          { title: tp(locale, "reportedOn"), dataIndex: "reportedOn" },
          { title: tp(locale, "duties"), key: "duties", render: (_, row) => row.duties.map((duty) => <Tag key={duty}>{duty}</Tag>) },
        ]}
      />
    </>
  );
}
