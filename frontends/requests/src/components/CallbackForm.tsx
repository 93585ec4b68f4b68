import { useMutation } from "@apollo/client/react";
import { Alert, Form, Input, Rate } from "antd";
import { RATING_COMMENT_MAX, isScore } from "@dongting/domain/requests";
import { RECORD_CALLBACK_RATING } from "../graph/workorders";
import { requestsFailure } from "../graph/failure";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { markRefusedFields, optionalText } from "./form-rules";
import { REFETCH, type HandlingFormProps } from "./handling";

const SCORE_KEYS = ["score1", "score2", "score3", "score4", "score5"] as const;

interface CallbackValues {
  score: number;
  comment: string;
}

/**
 * 回访: staff record the score a resident gave on the phone for a RESOLVED request. It counts as the resident's
 * rating (closing or sending back as the stars say) and the timeline marks it CALLBACK_RATED.
 */
export function CallbackForm({ request, locale, onCancel, onDone }: HandlingFormProps) {
  const [form] = Form.useForm<CallbackValues>();
  const [record, { loading, error }] = useMutation(RECORD_CALLBACK_RATING, REFETCH);
  const score = Form.useWatch("score", form) ?? 0;
  const onFinish = ({ score: chosen, comment }: CallbackValues) =>
    void record({ variables: { id: request.id, score: chosen, comment: comment.trim() || null } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, { score: "score", comment: "comment" }),
    );

  return (
    <Form<CallbackValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ score: 0, comment: "" }}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(locale, "callbackTitle")} description={t(locale, "callbackHint")} />
      <span data-testid="callback-stars">
        <Form.Item name="score" label={t(locale, "rating")}>
          <Rate tooltips={SCORE_KEYS.map((key) => t(locale, key))} />
        </Form.Item>
      </span>
      <Form.Item name="comment" rules={optionalText(RATING_COMMENT_MAX, t(locale, "textTooLong", { max: RATING_COMMENT_MAX }))}>
        <Input.TextArea
          data-testid="callback-comment"
          rows={2}
          maxLength={RATING_COMMENT_MAX}
          showCount
          placeholder={t(locale, "rateCommentPlaceholder")}
        />
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons locale={locale} okText={t(locale, "actCallback")} loading={loading} disabled={!isScore(score)} onCancel={onCancel} />
    </Form>
  );
}
