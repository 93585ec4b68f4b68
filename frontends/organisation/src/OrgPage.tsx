import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Row, Spin, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { ORG_ROOTS } from "./org-queries";
import { OrgTree } from "./OrgTree";
import { OrgUnitDetail } from "./OrgUnitDetail";
import { t } from "./i18n";

export interface OrgPageProps {
  basePath: string;
  selectedId: string | null;
  locale: Locale;
}

export function OrgPage({ basePath, selectedId, locale }: OrgPageProps) {
  const { data, loading, error, refetch } = useQuery(ORG_ROOTS);
  const roots = data?.orgRoots;

  return (
    <>
      <PageHeader
        title={t(locale, "title")}
        subtitle={t(locale, "subtitle")}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!roots}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      {error && !roots ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !roots ? (
        <Spin size="large" style={{ display: "block", margin: "48px auto" }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t(locale, "tree")} extra={t(locale, "unitCount", { count: roots.length })}>
              <OrgTree
                roots={roots}
                selectedId={selectedId}
                onSelect={(id) => navigate(joinPath(basePath, "units", id))}
                locale={locale}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t(locale, "detail")}>
              {selectedId ? (
                <OrgUnitDetail id={selectedId} basePath={basePath} locale={locale} />
              ) : (
                <Typography.Text type="secondary">{t(locale, "selectHint")}</Typography.Text>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
