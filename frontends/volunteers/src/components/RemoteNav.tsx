import type { ReactNode } from "react";
import { Menu } from "antd";
import {
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import { Link, useLocation, type Locale } from "@dongting/ui-kit";
import { t, type MessageKey } from "../i18n";

type Section = "teams" | "week" | "check-in" | "me" | "ranking" | "verify";

const SECTIONS: ReadonlyArray<{ key: Section; path: string; label: MessageKey; icon: ReactNode }> = [
  { key: "teams", path: "/", label: "navTeams", icon: <TeamOutlined /> },
  { key: "week", path: "/week", label: "navWeek", icon: <CalendarOutlined /> },
  { key: "check-in", path: "/check-in", label: "navCheckIn", icon: <CheckSquareOutlined /> },
  { key: "me", path: "/me", label: "navMine", icon: <ClockCircleOutlined /> },
  { key: "ranking", path: "/ranking", label: "navRanking", icon: <TrophyOutlined /> },
  { key: "verify", path: "/verify", label: "navVerify", icon: <SafetyCertificateOutlined /> },
];

/** Which tab a path below the remote's base belongs to: a team page under teams, a shift page under the week, ... */
function sectionOf(location: string): Section {
  switch (location.split("/").find(Boolean)) {
    case "week":
    case "shifts":
      return "week";
    case "check-in":
      return "check-in";
    case "me":
    case "volunteers":
      return "me";
    case "ranking":
      return "ranking";
    case "verify":
      return "verify";
    default:
      return "teams";
  }
}

/** The remote's tabs, the current one picked from the location (relative to the remote's base). */
export function RemoteNav({ locale }: { locale: Locale }) {
  const [location] = useLocation();
  const section = sectionOf(location);
  return (
    <Menu
      mode="horizontal"
      selectedKeys={[section]}
      style={{ marginBottom: 16, background: "transparent" }}
      data-testid="volunteers-nav"
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
