import { Menu } from "antd";
import {
  BarChartOutlined,
  CarryOutOutlined,
  EditOutlined,
  FormOutlined,
  ProjectOutlined,
  SettingOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from "@ant-design/icons";
import { hasStreetGrant, useLocation, type Locale } from "@dongting/ui-kit";
import { usePermissions } from "../hooks/usePermissions";
import { t } from "../i18n";

/** Sections by the first path segment below the base; any other single segment is a request id. */
const SECTIONS = ["mine", "tasks", "board", "new", "dashboard", "ranking", "settings"] as const;
type Section = "" | (typeof SECTIONS)[number];

function sectionOf(location: string): Section | null {
  const segments = location.split("/").filter(Boolean);
  if (segments.length === 0) return "";
  const [first] = segments;
  return segments.length === 1 && (SECTIONS as readonly string[]).includes(first!) ? (first as Section) : null;
}

/**
 * The remote's menu, by role: readers get the list and the dashboard, handlers the board and staff intake,
 * everyone signed in as a person 我的任务, community staff the settings.
 */
export function RequestsNav({ locale }: { locale: Locale }) {
  const { readAll, handle, submitOwn, staff, worklist, viewer } = usePermissions();
  // Base-relative: "" is the remote's own root (no trailing slash), "/board" a section.
  const [location, navigate] = useLocation();
  const current = sectionOf(location);
  const items = [
    readAll ? { key: "", icon: <UnorderedListOutlined />, label: t(locale, "navList") } : null,
    submitOwn ? { key: readAll ? "mine" : "", icon: <FormOutlined />, label: t(locale, "navMine") } : null,
    // Whoever belongs to a service unit works its requests here (the page says so when there are none).
    worklist ? { key: "tasks", icon: <CarryOutOutlined />, label: t(locale, "navTasks") } : null,
    handle ? { key: "board", icon: <ProjectOutlined />, label: t(locale, "navBoard") } : null,
    handle ? { key: "new", icon: <EditOutlined />, label: t(locale, "navNew") } : null,
    readAll ? { key: "dashboard", icon: <BarChartOutlined />, label: t(locale, "navDashboard") } : null,
    // The street's ranking of its communities, for STREET-scope viewers (街道).
    hasStreetGrant(viewer) ? { key: "ranking", icon: <TrophyOutlined />, label: t(locale, "navRanking") } : null,
    staff ? { key: "settings", icon: <SettingOutlined />, label: t(locale, "navSettings") } : null,
  ].filter((item) => item !== null);
  const selected = current === "mine" && !readAll ? "" : current;
  return (
    <Menu
      mode="horizontal"
      data-testid="requests-nav"
      selectedKeys={selected === null ? [] : [selected]}
      items={items.map((item) => ({ ...item, "data-section": item.key || "home" }))}
      onClick={({ key }) => navigate(key ? `/${key}` : "")}
      style={{ marginBottom: 16, background: "transparent" }}
    />
  );
}
