import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Card, Input, Popconfirm, Typography } from "antd";
import { CalendarOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { RESET_SHIFT_FEED } from "../graph/certificates";
import { gatewayUrl } from "../downloads";
import { useRemote } from "../hooks/useRemote";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

/** The feed's address on the gateway: the token is its only key, so no bearer token is needed to read it. */
export function shiftFeedUrl(graphqlUrl: string, token: string, base?: string): string {
  return gatewayUrl(graphqlUrl, `/calendars/shifts/${encodeURIComponent(token)}.ics`, base).toString();
}

/**
 * 订阅我的班次: a new feed token (the graph answers it only once, and the old address stops working), shown
 * as the address a calendar app subscribes to.
 */
export function CalendarFeedCard({ locale }: { locale: Locale }) {
  const { graphqlUrl } = useRemote();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reset, { loading }] = useMutation(RESET_SHIFT_FEED);

  const renew = async () => {
    setError(null);
    try {
      const answer = await reset();
      if (answer.data) setUrl(shiftFeedUrl(graphqlUrl, answer.data.resetShiftCalendarFeed, globalThis.location?.href));
    } catch (refusal) {
      setError(refusal);
    }
  };

  const button = (
    <Button icon={<CalendarOutlined />} loading={loading} data-action="reset-feed" onClick={url ? undefined : () => void renew()}>
      {t(locale, url ? "calendarRenew" : "calendarReset")}
    </Button>
  );

  return (
    <Card size="small" title={t(locale, "calendarTitle")} style={{ marginBottom: 16 }} data-testid="calendar-feed">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t(locale, "calendarHint")}
      </Typography.Paragraph>
      {url ? (
        <Typography.Paragraph copyable={{ text: url }} style={{ marginBottom: 8 }}>
          <Input readOnly value={url} data-testid="calendar-feed-url" aria-label={t(locale, "calendarUrl")} style={{ maxWidth: 560 }} />
        </Typography.Paragraph>
      ) : null}
      {url ? (
        // A second reset invalidates the address just handed out: ask first.
        <Popconfirm
          title={t(locale, "calendarConfirmRenew")}
          okText={t(locale, "ok")}
          cancelText={t(locale, "cancel")}
          onConfirm={() => void renew()}
        >
          {button}
        </Popconfirm>
      ) : (
        button
      )}
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="calendar-feed-error" />
    </Card>
  );
}
