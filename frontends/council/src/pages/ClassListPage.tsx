import { Suspense, useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Input, Row, Statistic, Table } from "antd";
import type { TableColumnsType } from "antd";
import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Hidden,
  Link,
  PageHeader,
  PageLoading,
  QueryError,
  useCommunityFilter,
  useLocation,
  usePartialAnswer,
  lazyPage,
} from "@dongting/ui-kit";
import { RESIDENT_CLASSES, type ClassRow } from "../graph/classes";
import { isStaff } from "../proposal-rules";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

// The class form (a modal with its form controls) loads when staff open it, not with the list.
const ClassFormModal = lazyPage(() => import("../components/ClassModals"), "ClassFormModal");

/** 第2班 before 第10班. */
const BY_NAME = new Intl.Collator("zh-CN", { numeric: true });

/** The resident classes (居民班级) of the community, with their monitors; staff create new ones. */
export function ClassListPage() {
  const { locale, viewer } = useRemote();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState("");
  // A monitor's name is the organisation's to give: withheld from a resident, it shows as hidden.
  const {
    data,
    error: queryError,
    loading,
    refetch,
  } = useQuery(RESIDENT_CLASSES, { variables: { ...useCommunityFilter() }, errorPolicy: "all" });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const classes = data?.residentClasses;
  const rows = useMemo(() => {
    const term = search.trim();
    return (classes ?? [])
      .filter((c) => !term || c.name.includes(term) || (c.neighbourhood?.name.includes(term) ?? false))
      .sort((a, b) => BY_NAME.compare(a.name, b.name));
  }, [classes, search]);

  const columns: TableColumnsType<ClassRow> = [
    {
      key: "name",
      title: t(locale, "colClass"),
      render: (_: unknown, c) => (
        <Link href={`/classes/${c.id}`} data-class-id={c.id}>
          {c.name}
        </Link>
      ),
    },
    { key: "neighbourhood", title: t(locale, "colNeighbourhood"), render: (_: unknown, c) => c.neighbourhood?.name ?? "—" },
    {
      key: "monitor",
      title: t(locale, "colMonitor"),
      width: 120,
      render: (_: unknown, c) => c.monitor?.name ?? (hidden.isHidden(c, "monitor") ? <Hidden locale={locale} /> : "—"),
    },
    {
      key: "memberCount",
      title: t(locale, "colMembers"),
      dataIndex: "memberCount",
      width: 100,
      align: "right",
      sorter: (a, b) => a.memberCount - b.memberCount,
    },
  ];

  return (
    <>
      <PageHeader
        title={t(locale, "title")}
        subtitle={t(locale, "subtitle")}
        extra={
          <>
            {isStaff(viewer) ? (
              <Button type="primary" icon={<PlusOutlined />} data-action="new-class" onClick={() => setCreating(true)}>
                {t(locale, "newClass")}
              </Button>
            ) : null}
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!classes}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      {creating ? (
        <Suspense fallback={null}>
          <ClassFormModal open locale={locale} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/classes/${id}`)} />
        </Suspense>
      ) : null}
      {error && !classes ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !classes ? (
        <PageLoading />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={8}>
              <Card>
                <Statistic title={t(locale, "classesCount")} value={classes.length} data-testid="class-count" />
              </Card>
            </Col>
            <Col xs={8}>
              <Card>
                <Statistic title={t(locale, "classMembers")} value={classes.reduce((sum, c) => sum + c.memberCount, 0)} />
              </Card>
            </Col>
            <Col xs={8}>
              <Card>
                <Statistic
                  title={t(locale, "classesWithMonitor")}
                  value={classes.filter((c) => c.monitor || hidden.isHidden(c, "monitor")).length}
                />
              </Card>
            </Col>
          </Row>
          <Card>
            <Input.Search
              allowClear
              style={{ maxWidth: 320, marginBottom: 16 }}
              placeholder={t(locale, "searchClass")}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              data-testid="class-search"
            />
            <Table<ClassRow>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              data-testid="class-list"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t(locale, "noClasses") }}
            />
          </Card>
        </>
      )}
    </>
  );
}
