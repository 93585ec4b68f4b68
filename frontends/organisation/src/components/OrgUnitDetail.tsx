import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Breadcrumb, Empty, Spin, Tabs } from "antd";
import { HiddenFieldsProvider, QueryError, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { ORG_UNIT_DETAIL } from "../graph/org-units";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";
import { MemberList } from "./MemberList";
import { UnitDialogs, type UnitDialog } from "./UnitDialogs";
import { UnitFacts, unitBreadcrumbItems } from "./UnitFacts";
import { UnitHeader } from "./UnitHeader";
import { UnitHistory } from "./UnitHistory";
import { UnitCoverage } from "./UnitCoverage";
import { SunkDownList } from "./SunkDownList";
import { tp } from "../i18n-people";

/** A unit's page: where it sits (breadcrumb), its secretary and counts, its members and its history. */
export function OrgUnitDetail({ id, locale }: { id: string; locale: Locale }) {
  // The secretary is named only to staff, volunteers and those whose own leader they are: else hidden.
  // From the network each time: refused (hidden) fields are errors, which the cache does not keep, so a cached answer
  // would show a hidden secretary as "none".
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(ORG_UNIT_DETAIL, {
    variables: { id },
    errorPolicy: "all",
    fetchPolicy: "network-only",
  });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const { editTree, readMembers, editPeople } = usePermissions();
  const [dialog, setDialog] = useState<UnitDialog | null>(null);
  const [tab, setTab] = useState("members");
  const unit = data?.orgUnit?.id === id ? data.orgUnit : undefined;

  if (error && !unit) return <QueryError error={error} locale={locale} onRetry={() => void refetch()} />;
  if (!unit) return loading ? <Spin /> : <Empty description={t(locale, "notFound")} data-testid="org-unit-not-found" />;

  return (
    <div data-testid="org-unit-detail" data-unit-id={unit.id} data-kind={unit.kind}>
      <Breadcrumb data-testid="unit-breadcrumb" style={{ marginBottom: 12 }} items={unitBreadcrumbItems(unit)} />
      <UnitHeader unit={unit} editTree={editTree} locale={locale} onOpen={setDialog} />
      <HiddenFieldsProvider hidden={hidden}>
        <UnitFacts unit={unit} locale={locale} />
      </HiddenFieldsProvider>
      <UnitCoverage unitId={unit.id} unitName={unit.name} canEdit={editPeople} locale={locale} />
      {readMembers ? (
        <Tabs
          style={{ marginTop: 12 }}
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: "members",
              label: <span data-testid="tab-members">{t(locale, "membersTab")}</span>,
              children: <MemberList unitId={unit.id} locale={locale} />,
            },
            {
              key: "history",
              label: <span data-testid="tab-history">{t(locale, "historyTab")}</span>,
              children: <UnitHistory unitId={unit.id} locale={locale} />,
            },
            {
              key: "sunkDown",
              label: <span data-testid="tab-sunk-down">{tp(locale, "sunkDownTab")}</span>,
              children: <SunkDownList unitId={unit.id} locale={locale} />,
            },
          ]}
        />
      ) : null}
      <UnitDialogs unit={unit} dialog={dialog} locale={locale} onClose={() => setDialog(null)} />
    </div>
  );
}
