import { useState } from "react";
import { useLazyQuery } from "@apollo/client/react";
import { Alert, Button, Card, Descriptions, Form, Input } from "antd";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { PageHeader, QueryError } from "@dongting/ui-kit";
import { VERIFY_CERTIFICATE } from "../graph/certificates";
import { useRemote } from "../hooks/useRemote";
import { formatServiceTime } from "../labels";
import { formatDate } from "../format";
import { t } from "../i18n";

interface VerifyFields {
  number: string;
  code: string;
}

/**
 * Public check of a 志愿服务证明: its number and verification code answer whether it is genuine and its
 * own facts (holder, hours, issuer), nothing more. Anyone may use it, signed in or not.
 */
export function VerifyPage() {
  const { locale } = useRemote();
  const [asked, setAsked] = useState<VerifyFields | null>(null);
  const [verify, { data, loading, error }] = useLazyQuery(VERIFY_CERTIFICATE, { fetchPolicy: "network-only" });
  const check = data?.verifyCertificate;

  const submit = (fields: VerifyFields) => {
    const variables = { number: fields.number.trim().toUpperCase(), code: fields.code.trim().toUpperCase() };
    setAsked(variables);
    void verify({ variables });
  };
  const required = (field: string) => ({ required: true, whitespace: true, message: t(locale, "required", { field }) });

  return (
    <div data-testid="verify-page">
      <PageHeader title={t(locale, "verifyTitle")} subtitle={t(locale, "verifySubtitle")} />
      <Card style={{ maxWidth: 560 }}>
        <Form<VerifyFields> layout="vertical" onFinish={submit} data-testid="verify-form">
          <Form.Item name="number" label={t(locale, "certificateNumber")} rules={[required(t(locale, "certificateNumber"))]}>
            <Input data-testid="verify-number" placeholder="DT-VS-2026-000001" autoComplete="off" />
          </Form.Item>
          <Form.Item name="code" label={t(locale, "verificationCode")} rules={[required(t(locale, "verificationCode"))]}>
            <Input data-testid="verify-code" autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={loading} data-testid="verify-submit">
            {t(locale, "verify")}
          </Button>
        </Form>
        {error ? <QueryError error={error} locale={locale} onRetry={() => asked && void verify({ variables: asked })} /> : null}
        {check && !loading ? (
          check.valid ? (
            <Alert
              type="success"
              showIcon
              style={{ marginTop: 16 }}
              title={t(locale, "verifyValid")}
              data-testid="verify-result"
              data-valid="true"
              data-number={check.number}
              description={
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t(locale, "certificateNumber")}>
                    <span data-testid="verify-result-number">{check.number}</span>
                  </Descriptions.Item>
                  {check.holder ? <Descriptions.Item label={t(locale, "holder")}>{check.holder}</Descriptions.Item> : null}
                  {check.minutes !== null && check.minutes !== undefined ? (
                    <Descriptions.Item label={t(locale, "serviceMinutes")}>{formatServiceTime(locale, check.minutes)}</Descriptions.Item>
                  ) : null}
                  {check.issuer ? <Descriptions.Item label={t(locale, "issuer")}>{check.issuer}</Descriptions.Item> : null}
                  {check.issuedAt ? (
                    <Descriptions.Item label={t(locale, "issuedAt")}>{formatDate(locale, check.issuedAt)}</Descriptions.Item>
                  ) : null}
                </Descriptions>
              }
            />
          ) : (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              title={t(locale, "verifyInvalid")}
              data-testid="verify-result"
              data-valid="false"
              data-number={check.number}
            />
          )
        ) : null}
      </Card>
    </div>
  );
}
