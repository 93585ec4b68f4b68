import { Segmented } from "antd";
import { ApartmentOutlined, ClusterOutlined } from "@ant-design/icons";
import { useLocation, type Locale } from "@dongting/ui-kit";
import { t } from "../i18n";

export type Section = "party" | "grids";

/** Switches between the party tree and the grid tree. */
export function SectionSwitch({ locale, section }: { locale: Locale; section: Section }) {
  const [, setLocation] = useLocation();
  return (
    <Segmented<Section>
      data-testid="org-nav"
      value={section}
      onChange={(next) => setLocation(next === "grids" ? "/grids" : "/")}
      options={[
        { value: "party", icon: <ApartmentOutlined />, label: <span data-section="party">{t(locale, "navParty")}</span> },
        { value: "grids", icon: <ClusterOutlined />, label: <span data-section="grids">{t(locale, "navGrids")}</span> },
      ]}
    />
  );
}
