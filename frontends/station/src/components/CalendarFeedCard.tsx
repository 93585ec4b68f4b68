import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Card, Popconfirm, Typography } from "antd";
import { CalendarOutlined } from "@ant-design/icons";
import { zoneCalendarPath } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import { RESET_ZONE_CALENDAR_FEED } from "../graph/staff-tools";
import { failureLine } from "../graph/failure";
import { gatewayAddress, useGraphqlUrl } from "../hooks/gateway";
import { t } from "../i18n";

/**
 * Station staff subscribe a calendar app to a zone's bookings. The server keeps only a hash of the token,
 * so the link exists only right after a reset: it is shown then, once.
 */
export function CalendarFeedCard({ zoneId, locale }: { zoneId: string; locale: Locale }) {
  const { message } = AntApp.useApp();
  const graphqlUrl = useGraphqlUrl();
  const [reset, { loading }] = useMutation(RESET_ZONE_CALENDAR_FEED);
  const [url, setUrl] = useState<string | null>(null);

  const onReset = async () => {
    try {
      const { data } = await reset();
      const token = data?.resetZoneCalendarFeed;
      if (!token) return;
      setUrl(gatewayAddress(graphqlUrl, zoneCalendarPath(zoneId, token)));
      void message.success(t(locale, "feedReady"));
    } catch (error) {
      void message.error(failureLine(error, locale));
    }
  };

  return (
    <Card size="small" title={t(locale, "calendarFeed")} data-testid="calendar-feed">
      <Typography.Paragraph type="secondary">{t(locale, "calendarFeedHint")}</Typography.Paragraph>
      {url ? (
        <Alert
          type="success"
          style={{ marginBottom: 12 }}
          title={t(locale, "feedShownOnce")}
          description={
            <Typography.Text copyable data-testid="calendar-feed-url">
              {url}
            </Typography.Text>
          }
        />
      ) : null}
      <Popconfirm title={t(locale, "resetFeedConfirm")} onConfirm={() => void onReset()}>
        <Button icon={<CalendarOutlined />} loading={loading} data-testid="calendar-feed-reset">
          {t(locale, "resetFeed")}
        </Button>
      </Popconfirm>
    </Card>
  );
}
