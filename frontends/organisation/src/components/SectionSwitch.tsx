import { Segmented } from "antd";
import { ApartmentOutlined, ClusterOutlined, SafetyCertificateOutlined, TeamOutlined } from "@ant-design/icons";
import { useLocation, type Locale } from "@dongting/ui-kit";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";
import { tp } from "../i18n-people";

export type Section = "party" | "grids" | "people" | "grants";

/** Switches between the party tree, the grid tree, (for staff) people and (for granters) the role grants. */
export function SectionSwitch({ locale, section }: { locale: Locale; section: Section }) {
  const [, setLocation] = useLocation();
  const { grant, readPeople } = usePermissions();
  return (
    <Segmented<Section>
      data-testid="org-nav"
      value={section}
      onChange={(next) => setLocation(next === "party" ? "/" : `/${next}`)}
      options={[
        { value: "party", icon: <ApartmentOutlined />, label: <span data-section="party">{t(locale, "navParty")}</span> },
        { value: "grids", icon: <ClusterOutlined />, label: <span data-section="grids">{t(locale, "navGrids")}</span> },
        ...(readPeople
          ? [{ value: "people" as const, icon: <TeamOutlined />, label: <span data-section="people">{tp(locale, "navPeople")}</span> }]
          : []),
        ...(grant
          ? [
              {
                value: "grants" as const,
                icon: <SafetyCertificateOutlined />,
                label: <span data-section="grants">{t(locale, "navGrants")}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}
