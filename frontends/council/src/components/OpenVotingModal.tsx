import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Form, Input, Modal, Space } from "antd";
import { useNow, type Locale } from "@dongting/ui-kit";
import { VOTING_MAX_DAYS } from "@dongting/domain/council";
import { addDays } from "@dongting/domain/local-time";
import { OPEN_VOTING } from "../graph/proposals";
import { councilReasonText } from "../graph/failure";
import { instantOf, localParts } from "../local-input";
import { VOTING_DAYS_DEFAULT } from "../proposal-rules";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

interface Fields {
  date: string;
  time: string;
}

const DAY_MS = 24 * 60 * 60_000;

export interface OpenVotingModalProps {
  open: boolean;
  proposalId: string;
  locale: Locale;
  onClose: () => void;
}

/** DELIBERATION -> VOTING: when voting closes, typed on the community's clock (a week from now by default). */
export function OpenVotingModal({ open, proposalId, locale, onClose }: OpenVotingModalProps) {
  const [form] = Form.useForm<Fields>();
  const now = useNow(60_000);
  const [error, setError] = useState<unknown>(null);
  const [openVoting, { loading }] = useMutation(OPEN_VOTING);
  const today = localParts(now);

  const submit = async ({ date, time }: Fields) => {
    setError(null);
    const closesAt = instantOf(date, time)!;
    try {
      await openVoting({ variables: { id: proposalId, closesAt: closesAt.toISOString() } });
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  const validate = async () => {
    const closesAt = instantOf(form.getFieldValue("date") ?? "", form.getFieldValue("time") ?? "");
    if (!closesAt) throw new Error(`${t(locale, "dateHint")} · ${t(locale, "timeHint")}`);
    if (closesAt.getTime() <= now.getTime()) throw new Error(councilReasonText("VOTING_CLOSE_IN_PAST", locale));
    if (closesAt.getTime() - now.getTime() > VOTING_MAX_DAYS * DAY_MS) throw new Error(councilReasonText("VOTING_TOO_LONG", locale));
  };

  return (
    <Modal
      open={open}
      title={t(locale, "openVotingTitle")}
      okText={t(locale, "openVoting")}
      cancelText={t(locale, "cancel")}
      confirmLoading={loading}
      okButtonProps={{ "data-testid": "open-voting-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        initialValues={{ date: addDays(today.date, VOTING_DAYS_DEFAULT), time: "20:00" }}
        onFinish={(fields) => void submit(fields)}
        preserve={false}
      >
        <Form.Item label={t(locale, "closesAt")} required>
          <Space.Compact block>
            <Form.Item name="date" noStyle rules={[{ validator: validate }]}>
              <Input data-testid="closes-date" placeholder="2026-06-22" style={{ width: "60%" }} />
            </Form.Item>
            <Form.Item name="time" noStyle>
              <Input data-testid="closes-time" placeholder="20:00" style={{ width: "40%" }} />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="open-voting-error" />
    </Modal>
  );
}
