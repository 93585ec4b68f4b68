import { useEffect, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Flex, Input, Switch, Table, Tag, Typography } from "antd";
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Link, QueryError, type Locale } from "@dongting/ui-kit";
import { toLocal } from "@dongting/domain/local-time";
import { ORG_UNIT_MEMBERS, type MemberNode } from "../graph/org-units";
import { unitPath } from "../hooks/useUnitNavigation";
import { membershipKindLabel } from "../labels";
import { t } from "../i18n";

const PAGE_SIZE = 20;

/** The community-local day someone joined ("2026-06-15"). */
const joinedOn = (joinedAt: string | null | undefined): string => (joinedAt ? toLocal(new Date(joinedAt)).date : "—");

/**
 * The unit's party members, by name, a page at a time (cursor paging: the cursors of the pages seen
 * so far are kept to go back), searchable by any part of the name, optionally with the units below.
 */
export function MemberList({ unitId, locale }: { unitId: string; locale: Locale }) {
  const [search, setSearch] = useState("");
  const [includeDescendants, setIncludeDescendants] = useState(false);
  // cursors[i] is the `after` of page i (null for the first).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const page = cursors.length - 1;
  useEffect(() => setCursors([null]), [unitId, search, includeDescendants]);

  const { data, previousData, loading, error, refetch } = useQuery(ORG_UNIT_MEMBERS, {
    variables: { id: unitId, first: PAGE_SIZE, after: cursors[page] ?? null, search: search || null, includeDescendants },
  });
  const shown = (data ?? previousData)?.orgUnit?.members;

  const columns = [
    {
      key: "name",
      title: t(locale, "memberName"),
      render: (_: unknown, node: MemberNode) => <span data-testid="member-name">{node.name}</span>,
    },
    {
      key: "kind",
      title: t(locale, "membershipKind"),
      render: (_: unknown, node: MemberNode) =>
        node.partyMembership ? (
          <Tag color={node.partyMembership.kind === "SUNK_DOWN" ? "purple" : "red"}>
            {membershipKindLabel(locale, node.partyMembership.kind)}
          </Tag>
        ) : null,
    },
    ...(includeDescendants
      ? [
          {
            key: "unit",
            title: t(locale, "memberUnit"),
            render: (_: unknown, node: MemberNode) =>
              node.partyMembership ? (
                <Link href={unitPath(node.partyMembership.orgUnit.id)}>{node.partyMembership.orgUnit.name}</Link>
              ) : null,
          },
        ]
      : []),
    { key: "phone", title: t(locale, "phone"), render: (_: unknown, node: MemberNode) => node.phone ?? "—" },
    {
      key: "joinedAt",
      title: t(locale, "joinedAt"),
      render: (_: unknown, node: MemberNode) => joinedOn(node.partyMembership?.joinedAt),
    },
  ];

  return (
    <div data-testid="unit-members">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          data-testid="member-search"
          placeholder={t(locale, "searchMember")}
          style={{ maxWidth: 260 }}
          onSearch={(value) => setSearch(value.trim())}
        />
        <Flex gap={6} align="center">
          <Switch size="small" checked={includeDescendants} onChange={setIncludeDescendants} data-testid="members-include-descendants" />
          <Typography.Text>{t(locale, "includeSubUnits")}</Typography.Text>
        </Flex>
      </Flex>
      {error && !shown ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : (
        <Table<MemberNode>
          size="small"
          rowKey="id"
          loading={loading}
          columns={columns}
          dataSource={shown?.edges.map((edge) => edge.node) ?? []}
          pagination={false}
          locale={{ emptyText: search ? t(locale, "nobodyFound") : t(locale, "noMembers") }}
          footer={() => (
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary" data-testid="members-total" data-count={shown?.totalCount ?? 0}>
                {t(locale, "membersTotal", { count: shown?.totalCount ?? 0, page: page + 1 })}
              </Typography.Text>
              <Flex gap={8}>
                <Button
                  size="small"
                  icon={<LeftOutlined />}
                  data-testid="members-prev"
                  disabled={page === 0}
                  onClick={() => setCursors((c) => c.slice(0, -1))}
                >
                  {t(locale, "prevPage")}
                </Button>
                <Button
                  size="small"
                  data-testid="members-next"
                  disabled={!shown?.pageInfo.hasNextPage || loading}
                  onClick={() => {
                    const next = shown?.pageInfo.endCursor;
                    if (next) setCursors((c) => [...c, next]);
                  }}
                >
                  {t(locale, "nextPage")} <RightOutlined />
                </Button>
              </Flex>
            </Flex>
          )}
        />
      )}
    </div>
  );
}
