import { Card, Flex, Progress, Space, Tag, Typography } from "antd";
import { TeamOutlined } from "@ant-design/icons";
import { Link, type Locale } from "@dongting/ui-kit";
import type { ZoneRow } from "../graph/fragments";
import { zoneKindLabel } from "../labels";
import { t } from "../i18n";

export interface ZoneCardProps {
  zone: ZoneRow;
  locale: Locale;
  /** Whole percent; null when unknown, undefined while loading; "none" for roles that do not read the figures. */
  utilisation: number | null | undefined | "none";
}

export function ZoneCard({ zone, locale, utilisation }: ZoneCardProps) {
  return (
    <Card
      data-zone-id={zone.id}
      title={zone.name}
      extra={<Tag color="red">{zoneKindLabel(locale, zone.kind)}</Tag>}
      actions={[
        <Link key="details" href={`/zones/${zone.id}`}>
          {t(locale, "details")}
        </Link>,
      ]}
      style={{ height: "100%" }}
    >
      <Flex vertical gap={12}>
        <Space size={4}>
          <TeamOutlined />
          <Typography.Text>{t(locale, "capacity", { count: zone.capacity })}</Typography.Text>
        </Space>
        <Space size={[4, 4]} wrap>
          <Tag color={zone.exclusive ? "purple" : "cyan"}>{t(locale, zone.exclusive ? "exclusive" : "shared")}</Tag>
          <Tag color={zone.requiresApproval ? "gold" : "green"}>{t(locale, zone.requiresApproval ? "approval" : "noApproval")}</Tag>
        </Space>
        {utilisation === "none" ? null : (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {utilisation === null ? t(locale, "utilisationUnavailable") : t(locale, "utilisation")}
            </Typography.Text>
            {utilisation !== null ? (
              <Progress percent={utilisation ?? 0} size="small" status={utilisation === undefined ? "active" : "normal"} />
            ) : null}
          </div>
        )}
      </Flex>
    </Card>
  );
}
