import { Descriptions, Typography } from "antd";
import { Hidden, Link, useHiddenFields, type Locale } from "@dongting/ui-kit";
import type { UnitDetail } from "../graph/org-units";
import { unitPath } from "../hooks/useUnitNavigation";
import { t } from "../i18n";

const unitLink = (target: { id: string; name: string }) => <Link href={unitPath(target.id)}>{target.name}</Link>;

/** Where the unit hangs, its secretary, its member counts and the units below it. */
export function UnitFacts({ unit, locale }: { unit: UnitDetail; locale: Locale }) {
  const hidden = useHiddenFields();
  return (
    <Descriptions column={1} bordered size="small">
      <Descriptions.Item label={t(locale, "parent")}>{unit.parent ? unitLink(unit.parent) : t(locale, "none")}</Descriptions.Item>
      <Descriptions.Item label={t(locale, "secretary")}>
        <span data-testid="unit-secretary" data-person-id={unit.secretary?.id ?? ""}>
          {unit.secretary ? (
            <>
              {unit.secretary.name}
              {unit.secretary.phone ? <Typography.Text type="secondary"> · {unit.secretary.phone}</Typography.Text> : null}
            </>
          ) : hidden.isHidden(unit, "secretary") ? (
            <Hidden locale={locale} />
          ) : (
            t(locale, "none")
          )}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t(locale, "members")}>
        <span data-testid="unit-member-count" data-direct={unit.memberCount} data-total={unit.totalMembers}>
          {t(locale, "memberCounts", { direct: unit.memberCount, total: unit.totalMembers })}
        </span>
      </Descriptions.Item>
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
  );
}

/** The way down from the root to the unit, each ancestor a link to its page. */
export function unitBreadcrumbItems(unit: UnitDetail) {
  return [
    ...unit.ancestors.map((a) => ({ key: a.id, title: <span data-ancestor-id={a.id}>{unitLink(a)}</span> })),
    { key: unit.id, title: unit.name },
  ];
}
