import { useQuery } from "@apollo/client/react";
import { Badge, Menu } from "antd";
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  GiftOutlined,
  PauseCircleOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { useLocation, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { PENDING_COUNT } from "../graph/bookings";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

/** The section a path below the remote's base belongs to ("" is the zone list, and a zone's calendar). */
export function sectionOf(path: string): string {
  const first = path.split("/").filter(Boolean)[0] ?? "";
  return first === "zones" ? "" : first;
}

/** The station's menu: the sections the viewer's roles open, with the approval queue's length for staff. */
export function StationNav({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const [location, go] = useLocation();
  const pending = useQuery(PENDING_COUNT, {
    variables: { ...useCommunityFilter() },
    skip: !permissions.manage,
    pollInterval: 60_000,
    errorPolicy: "all",
  });
  const count = pending.data?.pendingBookings.totalCount ?? 0;
  const items = [
    { key: "", icon: <AppstoreOutlined />, label: t(locale, "navZones") },
    permissions.manage
      ? {
          key: "approvals",
          icon: <AuditOutlined />,
          label: (
            <span data-testid="nav-approvals">
              {t(locale, "navApprovals")} <Badge count={count} size="small" offset={[2, -2]} />
            </span>
          ),
        }
      : null,
    permissions.manage ? { key: "check-in", icon: <CheckSquareOutlined />, label: t(locale, "navCheckIn") } : null,
    permissions.viewer.personId ? { key: "mine", icon: <CalendarOutlined />, label: t(locale, "navMine") } : null,
    { key: "closures", icon: <PauseCircleOutlined />, label: t(locale, "navClosures") },
    { key: "exchange", icon: <GiftOutlined />, label: t(locale, "navExchange") },
    permissions.readVisitorLog ? { key: "visitors", icon: <TeamOutlined />, label: t(locale, "navVisitors") } : null,
    permissions.readUtilisation ? { key: "stats", icon: <BarChartOutlined />, label: t(locale, "navStats") } : null,
  ].filter((item) => item !== null);
  return (
    <Menu
      mode="horizontal"
      data-testid="station-nav"
      selectedKeys={[sectionOf(location)]}
      items={items.map((item) => ({ ...item, "data-section": item.key || "zones" }))}
      onClick={({ key }) => go(`/${key}`)}
      style={{ marginBottom: 16, background: "transparent" }}
    />
  );
}
