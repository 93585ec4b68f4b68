import { useState } from "react";
import { Alert, Button, Card, Col, Row, Typography } from "antd";
import { PageHeader, RouteLink, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import type { RequestCard } from "../graph/requests";
import { requestChannelLabel } from "../labels";
import { usePermissions } from "../viewer";
import { IntakeForm } from "../components/IntakeForm";
import { NotAllowed } from "../components/NotAllowed";
import { t } from "../i18n";

/** Staff enter a demand received by phone, mailbox, patrol, council or a visit, for the resident it concerns. */
export function NewRequestPage({ basePath, locale }: { basePath: string; locale: Locale }) {
  const permissions = usePermissions();
  const [entered, setEntered] = useState<RequestCard[]>([]);
  if (!permissions.handle) return <NotAllowed locale={locale} />;
  return (
    <div data-testid="new-request-page">
      <PageHeader
        title={t(locale, "staffIntake")}
        subtitle={t(locale, "staffIntakeSubtitle")}
        extra={<Button onClick={() => navigate(joinPath(basePath, "board"))}>{t(locale, "navBoard")}</Button>}
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
                    <RouteLink to={joinPath(basePath, request.id)}>
                      {request.code} · {request.title}
                    </RouteLink>
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
