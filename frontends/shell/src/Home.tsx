import { Card, Col, Row, Typography } from "antd";
import { Link, type Locale } from "@dongting/ui-kit";
import { REMOTE_SLOTS } from "./slots";
import { SLOT_ICONS } from "./slot-icons";
import { t } from "./i18n";

export function Home({ personName, locale }: { personName: string; locale: Locale }) {
  return (
    <div data-testid="home">
      <Typography.Title level={3}>{t(locale, "welcome", { name: personName })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t(locale, "welcomeHint")}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {REMOTE_SLOTS.map((slot) => (
          <Col key={slot.key} xs={24} sm={12} xl={6}>
            <Link href={slot.path} style={{ display: "block", height: "100%" }}>
              <Card hoverable style={{ height: "100%" }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 28, color: "#c8102e" }}>{SLOT_ICONS[slot.key]}</span>}
                  title={t(locale, slot.label)}
                  description={t(locale, slot.description)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
