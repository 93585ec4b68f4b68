import type { ReactNode } from "react";
import { Menu } from "antd";
import { BookOutlined, CalendarOutlined, FileTextOutlined, TeamOutlined } from "@ant-design/icons";
import { Link, useLocation, type Locale } from "@dongting/ui-kit";
import { t, type MessageKey } from "../i18n";

type Section = "classes" | "meetings" | "proposals" | "rules";

const SECTIONS: ReadonlyArray<{ key: Section; path: string; label: MessageKey; icon: ReactNode }> = [
  { key: "proposals", path: "/proposals", label: "navProposals", icon: <FileTextOutlined /> },
  { key: "classes", path: "/", label: "navClasses", icon: <TeamOutlined /> },
  { key: "meetings", path: "/meetings", label: "navMeetings", icon: <CalendarOutlined /> },
  { key: "rules", path: "/rules", label: "navRules", icon: <BookOutlined /> },
];

/** Which tab a path below the remote's base belongs to. */
export function sectionOf(location: string): Section {
  switch (location.split("/").find(Boolean)) {
    case "meetings":
      return "meetings";
    case "proposals":
      return "proposals";
    case "rules":
      return "rules";
    default:
      return "classes";
  }
}

/** The remote's tabs, the current one picked from the location (relative to the remote's base). */
export function RemoteNav({ locale }: { locale: Locale }) {
  const [location] = useLocation();
  return (
    <Menu
      mode="horizontal"
      selectedKeys={[sectionOf(location)]}
      style={{ marginBottom: 16, background: "transparent" }}
      data-testid="council-nav"
      items={SECTIONS.map((s) => ({
        key: s.key,
        icon: s.icon,
        label: (
          <Link href={s.path} data-nav={s.key}>
            {t(locale, s.label)}
          </Link>
        ),
      }))}
    />
  );
}
