import { useQuery } from "@apollo/client/react";
import { Breadcrumb, Descriptions, Empty, Spin, Tag } from "antd";
import { QueryError, RouteLink, joinPath, type Locale } from "@dongting/ui-kit";
import { ORG_UNIT_DETAIL } from "./org-queries";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, orgUnitKindLabel } from "./labels";
import { t } from "./i18n";

export interface OrgUnitDetailProps {
  id: string;
  basePath: string;
  locale: Locale;
}

export function OrgUnitDetail({ id, basePath, locale }: OrgUnitDetailProps) {
  const { data, loading, error, refetch } = useQuery(ORG_UNIT_DETAIL, { variables: { id } });
  const unit = data?.orgUnit;

  if (error && !unit) return <QueryError error={error} locale={locale} onRetry={() => void refetch()} />;
  if (!unit) return loading ? <Spin /> : <Empty description={t(locale, "notFound")} />;

  const unitLink = (target: { id: string; name: string }) => (
    <RouteLink to={joinPath(basePath, "units", target.id)}>{target.name}</RouteLink>
  );

  return (
    <div data-testid="org-unit-detail">
      {unit.ancestors.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[...unit.ancestors.map((a) => ({ key: a.id, title: unitLink(a) })), { key: unit.id, title: unit.name }]}
        />
      ) : null}
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t(locale, "name")}>{unit.name}</Descriptions.Item>
        <Descriptions.Item label={t(locale, "kind")}>
          <Tag color={ORG_UNIT_KIND_COLOR[unit.kind] ?? "default"}>{orgUnitKindLabel(locale, unit.kind)}</Tag>
        </Descriptions.Item>
        {unit.form ? (
          <Descriptions.Item label={t(locale, "form")}>{compoundFormLabel(locale, unit.form)}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t(locale, "secretary")}>{unit.secretary?.name ?? t(locale, "none")}</Descriptions.Item>
        <Descriptions.Item label={t(locale, "members")}>{unit.memberCount}</Descriptions.Item>
        <Descriptions.Item label={t(locale, "children")}>
          {unit.children.length === 0
            ? t(locale, "none")
            : unit.children.map((child, i) => (
                <span key={child.id}>
                  {i > 0 ? "、" : null}
                  {unitLink(child)}
                </span>
              ))}
        </Descriptions.Item>
      </Descriptions>
    </div>
  );
}
