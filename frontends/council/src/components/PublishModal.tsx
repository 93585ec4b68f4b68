import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Form, InputNumber, Modal } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { COMMENT_DAYS_DEFAULT, COMMENT_DAYS_MAX, commentDaysProblem } from "@dongting/domain/council";
import { PUBLISH_PROPOSAL } from "../graph/proposals";
import { councilReasonText } from "../graph/failure";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface PublishModalProps {
  open: boolean;
  proposalId: string;
  /** Staff may set a period under 7 days (the shared rule commentDaysProblem). */
  staff: boolean;
  locale: Locale;
  onClose: () => void;
}

/** DRAFT -> DELIBERATION: the comment period in days, checked in advance by the shared rule. */
export function PublishModal({ open, proposalId, staff, locale, onClose }: PublishModalProps) {
  const [form] = Form.useForm<{ commentDays: number }>();
  const [error, setError] = useState<unknown>(null);
  const [publish, { loading }] = useMutation(PUBLISH_PROPOSAL);
  const min = staff ? 0 : COMMENT_DAYS_DEFAULT;

  const submit = async ({ commentDays }: { commentDays: number }) => {
    setError(null);
    try {
      await publish({ variables: { id: proposalId, commentDays } });
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      title={t(locale, "publishTitle")}
      okText={t(locale, "publish")}
      cancelText={t(locale, "cancel")}
      confirmLoading={loading}
      okButtonProps={{ "data-testid": "publish-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ commentDays: COMMENT_DAYS_DEFAULT }}
        onFinish={(fields) => void submit(fields)}
        preserve={false}
      >
        <Form.Item
          name="commentDays"
          label={t(locale, "commentDays")}
          extra={t(locale, "commentDaysHint", { min, max: COMMENT_DAYS_MAX })}
          rules={[
            {
              validator: async (_, value?: number) => {
                const problem = commentDaysProblem(typeof value === "number" ? value : Number.NaN, staff);
                if (problem) throw new Error(councilReasonText(problem, locale));
              },
            },
          ]}
        >
          <InputNumber data-testid="comment-days" precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="publish-error" />
    </Modal>
  );
}
