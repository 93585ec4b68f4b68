import { useMemo, useState } from "react";
import { Card, Input, Table, Tag } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import type { TeamMember } from "../graph/teams";
import { formatServiceTime } from "../labels";
import { t } from "../i18n";

export interface TeamMembersTableProps {
  members: readonly TeamMember[];
  /** The person who leads the team, tagged in the list. */
  leaderPersonId: string | null;
  locale: Locale;
}

/** A team's members, searchable by any part of the name, sortable by service time. */
export function TeamMembersTable({ members, leaderPersonId, locale }: TeamMembersTableProps) {
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
                <Link href={`/volunteers/${m.id}`}>{m.person.name}</Link>
                {leaderPersonId === m.person.id ? (
                  <Tag color="red" style={{ marginLeft: 8 }} data-testid="leader-tag">
                    {t(locale, "leader")}
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            key: "skills",
            title: t(locale, "skills"),
            render: (_: unknown, m) => (m.skills.length ? m.skills.map((s) => <Tag key={s}>{s}</Tag>) : "—"),
          },
          {
            key: "serviceMinutes",
            title: t(locale, "serviceTime"),
            align: "right",
            sorter: (a, b) => a.serviceMinutes - b.serviceMinutes,
            render: (_: unknown, m) => formatServiceTime(locale, m.serviceMinutes),
          },
        ]}
      />
    </Card>
  );
}
