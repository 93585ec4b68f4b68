import { Tabs } from "antd";
import { NotAllowed, PageHeader, useCommunityId, type Locale } from "@dongting/ui-kit";
import { usePermissions } from "../hooks/usePermissions";
import { SlaTable } from "../components/settings/SlaTable";
import { DispatchRules } from "../components/settings/DispatchRules";
import { ServiceUnits } from "../components/settings/ServiceUnits";
import { t } from "../i18n";

/**
 * 设置 (community staff and ADMIN): the deadlines of every category and urgency, the dispatch rules in the order
 * they are tried, and the service units of the active community. The graph checks the role and the scope again.
 */
export function SettingsPage({ locale }: { locale: Locale }) {
  const { staff } = usePermissions();
  const communityId = useCommunityId();
  if (!staff) return <NotAllowed locale={locale} />;
  return (
    <div data-testid="settings-page">
      <PageHeader title={t(locale, "settingsTitle")} subtitle={t(locale, "settingsSubtitle")} />
      <Tabs
        destroyOnHidden
        items={[
          { key: "sla", label: <span data-tab="sla">{t(locale, "slaTitle")}</span>, children: <SlaTable locale={locale} /> },
          {
            key: "rules",
            label: <span data-tab="rules">{t(locale, "rulesTitle")}</span>,
            children: <DispatchRules communityId={communityId} locale={locale} />,
          },
          {
            key: "units",
            label: <span data-tab="units">{t(locale, "unitsTitle")}</span>,
            children: <ServiceUnits communityId={communityId} locale={locale} />,
          },
        ]}
      />
    </div>
  );
}
