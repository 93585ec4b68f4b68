import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Input, Table, Tag } from "antd";
import type { TableColumnsType } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { Link, PageHeader, PageLoading, QueryError, useCommunityFilter } from "@dongting/ui-kit";
import { COMMUNITY_RULES, type RuleRow } from "../graph/rules";
import { formatDate } from "../format";
import { bookTitle } from "../labels";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

/** The rules library: every rule of the community with its version in force. */
export function RuleListPage() {
  const { locale } = useRemote();
  const [search, setSearch] = useState("");
  const { data, error, loading, refetch } = useQuery(COMMUNITY_RULES, { variables: { ...useCommunityFilter() } });
  const rules = data?.communityRules;
  const rows = useMemo(() => {
    const term = search.trim();
    return (rules ?? []).filter((rule) => !term || rule.title.includes(term));
  }, [rules, search]);

  const columns: TableColumnsType<RuleRow> = [
    {
      key: "title",
      title: t(locale, "colRule"),
      render: (_: unknown, rule) => (
        <Link href={`/rules/${rule.id}`} data-rule-id={rule.id}>
          {bookTitle(rule.title)}
        </Link>
      ),
    },
    {
      key: "version",
      title: t(locale, "colVersion"),
      width: 140,
      render: (_: unknown, rule) => (
        <Tag color={rule.current.number > 1 ? "blue" : "default"} data-testid="rule-version" data-number={rule.current.number}>
          {t(locale, "versionN", { number: rule.current.number })}
        </Tag>
      ),
    },
    {
      key: "adoptedAt",
      title: t(locale, "colAdoptedAt"),
      width: 140,
      render: (_: unknown, rule) => formatDate(locale, rule.current.adoptedAt),
      sorter: (a, b) => a.current.adoptedAt.localeCompare(b.current.adoptedAt),
    },
  ];

  return (
    <>
      <PageHeader
        title={t(locale, "rulesTitle")}
        subtitle={t(locale, "rulesSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!rules}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      {error && !rules ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !rules ? (
        <PageLoading />
      ) : (
        <Card>
          <Input.Search
            allowClear
            style={{ maxWidth: 320, marginBottom: 16 }}
            placeholder={t(locale, "searchRule")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="rule-search"
          />
          <Table<RuleRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            data-testid="rule-list"
            pagination={{ pageSize: 30, hideOnSinglePage: true }}
            locale={{ emptyText: t(locale, "noRules") }}
          />
        </Card>
      )}
    </>
  );
}
