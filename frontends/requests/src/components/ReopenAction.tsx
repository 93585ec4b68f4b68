import { useState, type CSSProperties } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Alert, Button, Form, Input, Modal } from "antd";
import { UndoOutlined } from "@ant-design/icons";
import { formatDateTime, useNow, type Locale } from "@dongting/ui-kit";
import { REOPEN_WINDOW_DAYS, REQUEST_NOTE_MAX, fitsText } from "@dongting/domain/requests";
import { REOPEN_REQUEST } from "../graph/workorders";
import { requestsFailure } from "../graph/failure";
import { mayReopen, reopenUntil, type AftercareRequest } from "../hooks/aftercare";
import { usePermissions } from "../hooks/usePermissions";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { markRefusedFields, requiredText } from "./form-rules";
import { REFETCH } from "./handling";

const MINUTE_MS = 60_000;

type ReopenableRequest = AftercareRequest & { id: string; code: string };

function ReopenForm({
  request,
  locale,
  onCancel,
  onDone,
}: {
  request: ReopenableRequest;
  locale: Locale;
  onCancel(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [reopen, { loading, error }] = useMutation(REOPEN_REQUEST, REFETCH);
  const reason = Form.useWatch("reason", form) ?? "";
  const until = reopenUntil(request);
  const onFinish = ({ reason: raw }: { reason: string }) =>
    void reopen({ variables: { id: request.id, reason: raw.trim() } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, { reason: "reason" }),
    );
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ reason: "" }}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t(locale, "reopenHint", { days: REOPEN_WINDOW_DAYS, until: formatDateTime(locale, until?.toISOString()) })}
      />
      <Form.Item
        name="reason"
        label={t(locale, "reopenReason")}
        rules={requiredText(REQUEST_NOTE_MAX, {
          required: t(locale, "fieldRequired"),
          tooLong: t(locale, "textTooLong", { max: REQUEST_NOTE_MAX }),
        })}
      >
        <Input.TextArea
          data-testid="reopen-reason"
          rows={3}
          maxLength={REQUEST_NOTE_MAX}
          showCount
          placeholder={t(locale, "reopenReasonPlaceholder")}
        />
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, "actReopen")}
        danger
        loading={loading}
        disabled={!fitsText(reason, REQUEST_NOTE_MAX)}
        onCancel={onCancel}
      />
    </Form>
  );
}

/**
 * 重新打开: for the submitter, or community staff for them, while the request is CLOSED and within
 * REOPEN_WINDOW_DAYS of its closing (the page's clock decides when the button goes; the graph decides too).
 */
export function ReopenAction({ request, locale, style }: { request: ReopenableRequest; locale: Locale; style?: CSSProperties }) {
  const { message } = AntApp.useApp();
  const { viewer, handle, staff } = usePermissions();
  const now = useNow(MINUTE_MS);
  const [open, setOpen] = useState(false);
  if (!mayReopen(request, { personId: viewer.personId, handle, staff }, now)) return null;
  return (
    <>
      <Button icon={<UndoOutlined />} data-action="reopen" style={style} onClick={() => setOpen(true)}>
        {t(locale, "actReopen")}
      </Button>
      <Modal
        open={open}
        title={`${t(locale, "actReopen")} · ${request.code}`}
        footer={null}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <div data-testid="reopen-dialog" data-request-id={request.id}>
          <ReopenForm
            request={request}
            locale={locale}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              void message.success(t(locale, "reopenedDone"));
            }}
          />
        </div>
      </Modal>
    </>
  );
}
