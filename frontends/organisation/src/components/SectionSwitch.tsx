import { Segmented } from "antd";
import { ApartmentOutlined, ClusterOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { useLocation, type Locale } from "@dongting/ui-kit";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

export type Section = "party" | "grids" | "grants";

/** Switches between the party tree, the grid tree and (for granters) the role grants. */
export function SectionSwitch({ locale, section }: { locale: Locale; section: Section }) {
  const [, setLocation] = useLocation();
  const { grant } = usePermissions();
  return (
    <Segmented<Section>
      data-testid="org-nav"
      value={section}
      onChange={(next) => setLocation(next === "party" ? "/" : `/${next}`)}
      options={[
        { value: "party", icon: <ApartmentOutlined />, label: <span data-section="party">{t(locale, "navParty")}</span> },
        { value: "grids", icon: <ClusterOutlined />, label: <span data-section="grids">{t(locale, "navGrids")}</span> },
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
