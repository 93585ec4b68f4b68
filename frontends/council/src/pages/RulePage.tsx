import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Flex, List, Row, Select, Tag, Typography } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Link, PageHeader, QueryFallback } from "@dongting/ui-kit";
import { COMMUNITY_RULE, type RuleVersionRow } from "../graph/rules";
import { formatDate } from "../format";
import { bookTitle } from "../labels";
import { RuleDiff } from "../components/RuleDiff";
import { defaultComparison } from "../rule-versions";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

/** One rule: its versions (each with the proposal that adopted it), the text of one, and a diff between two. */
export function RulePage({ id }: { id: string }) {
  const { locale } = useRemote();
  const { data, error, loading, refetch } = useQuery(COMMUNITY_RULE, { variables: { id } });
  const rule = data?.communityRule;
  const [shown, setShown] = useState<number | null>(null);
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);

  if (!rule) {
    return (
      <QueryFallback error={error} loading={loading} locale={locale} onRetry={() => void refetch()} notFound={t(locale, "ruleNotFound")} />
    );
  }
  const versions = rule.versions;
  const current = rule.current.number;
  const shownNumber = shown ?? current;
  const shownVersion = versions.find((v) => v.number === shownNumber) ?? versions[versions.length - 1];
  const pair = compare ?? defaultComparison(versions.map((v) => v.number));
  const from = pair ? versions.find((v) => v.number === pair.from) : undefined;
  const to = pair ? versions.find((v) => v.number === pair.to) : undefined;
  const options = versions.map((v) => ({ value: v.number, label: t(locale, "versionN", { number: v.number }) }));

  return (
    <div data-testid="rule-detail" data-rule-id={rule.id} data-current={current}>
      <PageHeader
        title={bookTitle(rule.title)}
        subtitle={rule.community.name}
        extra={
          <Link href="/rules">
            <Button icon={<ArrowLeftOutlined />}>{t(locale, "backToList")}</Button>
          </Link>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t(locale, "versions")} size="small">
            <List<RuleVersionRow>
              data-testid="rule-versions"
              dataSource={[...versions].reverse()}
              renderItem={(version) => (
                <List.Item
                  data-version={version.number}
                  style={{ cursor: "pointer", background: version.number === shownNumber ? "#e6f4ff" : undefined, paddingInline: 8 }}
                  onClick={() => setShown(version.number)}
                >
                  <List.Item.Meta
                    title={
                      <Flex gap={8} align="center">
                        {t(locale, "versionN", { number: version.number })}
                        {version.number === current ? <Tag color="green">{t(locale, "currentTag")}</Tag> : null}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDate(locale, version.adoptedAt)}
                        </Typography.Text>
                      </Flex>
                    }
                    description={
                      version.proposal ? (
                        <span>
                          {t(locale, "adoptedBy")}
                          <Link href={`/proposals/${version.proposal.id}`}>{version.proposal.title}</Link>
                        </span>
                      ) : null
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {shownVersion ? (
            <Card title={t(locale, "versionN", { number: shownVersion.number })} data-testid="rule-text" data-version={shownVersion.number}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{shownVersion.text}</Typography.Paragraph>
            </Card>
          ) : null}
          <Card title={t(locale, "compare")} style={{ marginTop: 16 }} data-testid="rule-compare">
            {pair && from && to ? (
              <>
                <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
                  {t(locale, "compareFrom")}
                  <Select<number>
                    data-testid="compare-from"
                    value={pair.from}
                    options={options}
                    style={{ width: 120 }}
                    onChange={(value) => setCompare({ from: value, to: pair.to })}
                  />
                  {t(locale, "compareTo")}
                  <Select<number>
                    data-testid="compare-to"
                    value={pair.to}
                    options={options}
                    style={{ width: 120 }}
                    onChange={(value) => setCompare({ from: pair.from, to: value })}
                  />
                </Flex>
                <RuleDiff before={from.text} after={to.text} locale={locale} />
              </>
            ) : (
              <Typography.Text type="secondary">{t(locale, "onlyOneVersion")}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
