import { useState } from "react";
import { Alert, Button, Card, Col, Row, Typography } from "antd";
import { Link, NotAllowed, PageHeader, useLocation, type Locale } from "@dongting/ui-kit";
import type { RequestCard } from "../graph/requests";
import { requestChannelLabel } from "../labels";
import { usePermissions } from "../hooks/usePermissions";
import { IntakeForm } from "../components/IntakeForm";
import { t } from "../i18n";

/** Staff enter a demand received by phone, mailbox, patrol, council or a visit, for the resident it concerns. */
export function NewRequestPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const [, navigate] = useLocation();
  const [entered, setEntered] = useState<RequestCard[]>([]);
  if (!permissions.handle) return <NotAllowed locale={locale} />;
  return (
    <div data-testid="new-request-page">
      <PageHeader
        title={t(locale, "staffIntake")}
        subtitle={t(locale, "staffIntakeSubtitle")}
        extra={<Button onClick={() => navigate("/board")}>{t(locale, "navBoard")}</Button>}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <IntakeForm
              mode="staff"
              locale={locale}
              personId={permissions.viewer.personId}
              onSubmitted={(request) => setEntered((list) => [request, ...list])}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t(locale, "enteredThisSession")} size="small">
            {entered.length === 0 ? (
              <Typography.Text type="secondary">{t(locale, "nothingEntered")}</Typography.Text>
            ) : (
              entered.map((request) => (
                <Alert
                  key={request.id}
                  type="success"
                  style={{ marginBottom: 8 }}
                  data-testid="entered-request"
                  title={
                    <Link href={`/${request.id}`}>
                      {request.code} · {request.title}
                    </Link>
                  }
                  description={`${request.submitter?.name ?? ""} · ${requestChannelLabel(locale, request.channel)} · ${request.category}`}
                />
              ))
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
