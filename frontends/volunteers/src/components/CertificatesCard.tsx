import { useState, type HTMLAttributes } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Flex, Form, Input, Table, Typography } from "antd";
import { FilePdfOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { QueryError, useNow, type Locale } from "@dongting/ui-kit";
import { addDays, isLocalDate, localInstant, toLocal } from "@dongting/domain/local-time";
import { ISSUE_CERTIFICATE, SERVICE_CERTIFICATES, type CertificateRow } from "../graph/certificates";
import { certificatePdfUrl } from "../downloads";
import { useDownload } from "../hooks/useDownload";
import { useRemote } from "../hooks/useRemote";
import { formatServiceTime } from "../labels";
import { formatDate } from "../format";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface CertificatesCardProps {
  volunteerId: string;
  /** Staff issue certificates (谁记录谁证明: for the service recorded in their communities). */
  mayIssue: boolean;
  locale: Locale;
}

interface PeriodFields {
  first: string;
  last: string;
}

/**
 * The period a certificate covers, from two local days typed in: [first 00:00, the day after last 00:00),
 * ending now at the latest, since only service that is over can be certified (the subgraph refuses the rest).
 */
export function certificatePeriod(first: string, last: string, now: Date): { from: Date; to: Date } | null {
  if (!isLocalDate(first.trim()) || !isLocalDate(last.trim()) || last.trim() < first.trim()) return null;
  const from = localInstant(first.trim());
  const end = localInstant(addDays(last.trim(), 1));
  return { from, to: end.getTime() > now.getTime() ? now : end };
}

/** 志愿服务证明: a volunteer's certificates with their PDFs, and for staff issuing one for a period. */
export function CertificatesCard({ volunteerId, mayIssue, locale }: CertificatesCardProps) {
  const { graphqlUrl } = useRemote();
  const { message } = AntApp.useApp();
  const now = useNow();
  const [form] = Form.useForm<PeriodFields>();
  const [error, setError] = useState<unknown>(null);
  const list = useQuery(SERVICE_CERTIFICATES, { variables: { volunteerId } });
  const [issue, { loading }] = useMutation(ISSUE_CERTIFICATE, { refetchQueries: [SERVICE_CERTIFICATES], awaitRefetchQueries: true });
  const { busy, download } = useDownload();
  const today = toLocal(now).date;

  const submit = async (fields: PeriodFields) => {
    const period = certificatePeriod(fields.first, fields.last, now)!;
    setError(null);
    try {
      const answer = await issue({ variables: { volunteerId, from: period.from.toISOString(), to: period.to.toISOString() } });
      if (answer.data) void message.success(t(locale, "certificateIssued", { number: answer.data.issueServiceCertificate.number }));
    } catch (refusal) {
      setError(refusal);
    }
  };
  const dayRule = {
    validator: async (_: unknown, v?: string) => (v && isLocalDate(v.trim()) ? undefined : Promise.reject(new Error(t(locale, "badDate")))),
  };
  const pdf = (row: CertificateRow) =>
    void download(row.id, certificatePdfUrl(graphqlUrl, row, globalThis.location?.href), `志愿服务证明-${row.number}.pdf`);

  return (
    <Card title={t(locale, "certificates")} style={{ marginBottom: 16 }} data-testid="certificates">
      {mayIssue ? (
        <>
          <Form<PeriodFields>
            form={form}
            layout="inline"
            initialValues={{ first: `${today.slice(0, 4)}-01-01`, last: today }}
            onFinish={(fields) => void submit(fields)}
            data-testid="certificate-form"
            style={{ rowGap: 8 }}
          >
            <Form.Item name="first" label={t(locale, "certificatePeriod")} rules={[dayRule]}>
              <Input data-testid="certificate-from" style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="last" label="–" colon={false} rules={[dayRule]}>
              <Input data-testid="certificate-to" style={{ width: 130 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={loading} data-action="issue-certificate">
              {t(locale, "issueCertificate")}
            </Button>
          </Form>
          <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="certificate-error" />
        </>
      ) : null}
      {list.error ? <QueryError error={list.error} locale={locale} onRetry={() => void list.refetch()} /> : null}
      <Table<CertificateRow>
        rowKey="id"
        size="small"
        style={{ marginTop: mayIssue ? 12 : 0 }}
        data-testid="certificate-list"
        loading={list.loading}
        dataSource={list.data?.serviceCertificates ?? []}
        pagination={false}
        locale={{ emptyText: t(locale, "noCertificates") }}
        onRow={(row) => ({ "data-certificate-id": row.id, "data-number": row.number }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: "number",
            title: t(locale, "certificateNumber"),
            render: (_: unknown, row) => <Typography.Text copyable>{row.number}</Typography.Text>,
          },
          {
            key: "code",
            title: t(locale, "verificationCode"),
            render: (_: unknown, row) => <span data-testid="certificate-code">{row.verificationCode}</span>,
          },
          {
            key: "period",
            title: t(locale, "certificatePeriod"),
            render: (_: unknown, row) =>
              `${formatDate(locale, row.from)} – ${formatDate(locale, new Date(new Date(row.to).getTime() - 1))}`,
          },
          {
            key: "minutes",
            title: t(locale, "serviceMinutes"),
            align: "right",
            render: (_: unknown, row) => formatServiceTime(locale, row.minutes),
          },
          { key: "issued", title: t(locale, "issuedAt"), render: (_: unknown, row) => formatDate(locale, row.issuedAt) },
          {
            key: "pdf",
            title: t(locale, "actions"),
            render: (_: unknown, row) => (
              <Flex gap={8}>
                <Button
                  size="small"
                  icon={<FilePdfOutlined />}
                  loading={busy === row.id}
                  data-action="download-pdf"
                  onClick={() => pdf(row)}
                >
                  {t(locale, "downloadPdf")}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
