import { useMemo, useState } from "react";
import { Card, Input, Table, Tag, type TableColumnsType } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import type { TeamMember } from "../graph/teams";
import { formatServiceTime } from "../labels";
import { t } from "../i18n";

export interface TeamMembersTableProps {
  members: readonly TeamMember[];
  /** The person who leads the team, tagged in the list. */
  leaderPersonId: string | null;
  /** Skills and service time (and a member's own page): staff and the team's leader only. */
  withRecords: boolean;
  locale: Locale;
}

/** Skills and service time, for those who read the members' records. */
function recordColumns(locale: Locale): TableColumnsType<TeamMember> {
  return [
    {
      key: "skills",
      title: t(locale, "skills"),
      render: (_: unknown, m) => (m.skills?.length ? m.skills.map((s) => <Tag key={s}>{s}</Tag>) : "—"),
    },
    {
      key: "serviceMinutes",
      title: t(locale, "serviceTime"),
      align: "right",
      sorter: (a, b) => (a.serviceMinutes ?? 0) - (b.serviceMinutes ?? 0),
      render: (_: unknown, m) =>
        m.serviceMinutes === undefined || m.serviceMinutes === null ? "—" : formatServiceTime(locale, m.serviceMinutes),
    },
  ];
}

/** A team's members, searchable by any part of the name, sortable by service time (for staff and its leader). */
export function TeamMembersTable({ members, leaderPersonId, withRecords, locale }: TeamMembersTableProps) {
  const [search, setSearch] = useState("");
  const shown = useMemo(() => {
    const needle = search.trim();
    return needle ? members.filter((m) => m.person.name.includes(needle)) : [...members];
  }, [members, search]);

  return (
    <Card
      title={`${t(locale, "memberList")} (${members.length})`}
      extra={
        <Input.Search
          allowClear
          placeholder={t(locale, "searchMember")}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 220 }}
          data-testid="member-search"
        />
      }
    >
      <Table<TeamMember>
        rowKey="id"
        size="small"
        dataSource={shown}
        data-testid="team-members"
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            key: "name",
            title: t(locale, "memberName"),
            render: (_: unknown, m) => (
              <>
                {withRecords ? <Link href={`/volunteers/${m.id}`}>{m.person.name}</Link> : m.person.name}
                {leaderPersonId === m.person.id ? (
                  <Tag color="red" style={{ marginLeft: 8 }} data-testid="leader-tag">
                    {t(locale, "leader")}
                  </Tag>
                ) : null}
              </>
            ),
          },
          ...(withRecords ? recordColumns(locale) : []),
        ]}
      />
    </Card>
  );
}
