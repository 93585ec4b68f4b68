import { useMutation } from "@apollo/client/react";
import { Form, Input, Radio, Rate, Typography } from "antd";
import { REVIEW_NOTE_MAX, fitsText } from "@dongting/domain/requests";
import { REVIEW_REQUEST } from "../graph/requests";
import { requestsFailure } from "../graph/failure";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { markRefusedFields, requiredText } from "./form-rules";
import { REFETCH, type HandlingFormProps } from "./handling";

interface ReviewValues {
  reasonable: boolean;
  note: string;
}

/** 社区反评: is the resident's rating reasonable? An unreasonable one leaves the satisfaction rate. */
export function ReviewForm({ request, locale, onCancel, onDone }: HandlingFormProps) {
  const [form] = Form.useForm<ReviewValues>();
  const [review, { loading, error }] = useMutation(REVIEW_REQUEST, REFETCH);
  const note = Form.useWatch("note", form) ?? "";
  const rating = request.residentRating;
  const onFinish = ({ reasonable, note: raw }: ReviewValues) =>
    void review({ variables: { id: request.id, reasonable, note: raw.trim() } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, { note: "note" }),
    );

  return (
    <Form<ReviewValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ reasonable: true, note: "" }}>
      {rating ? (
        <div style={{ marginBottom: 12 }}>
          <Rate disabled value={rating.score} /> {t(locale, "ratingScore", { score: rating.score })}
          {rating.comment ? <Typography.Paragraph style={{ marginTop: 4 }}>“{rating.comment}”</Typography.Paragraph> : null}
        </div>
      ) : null}
      <Form.Item name="reasonable" label={t(locale, "reviewReasonable")} help={t(locale, "reviewHint")}>
        <Radio.Group
          data-testid="review-reasonable"
          options={[
            { value: true, label: t(locale, "reasonable") },
            { value: false, label: t(locale, "unreasonable") },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t(locale, "reviewNote")}
        rules={requiredText(REVIEW_NOTE_MAX, {
          required: t(locale, "fieldRequired"),
          tooLong: t(locale, "textTooLong", { max: REVIEW_NOTE_MAX }),
        })}
      >
        <Input.TextArea data-testid="review-note" rows={3} maxLength={REVIEW_NOTE_MAX} showCount />
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, "actReview")}
        loading={loading}
        disabled={!fitsText(note, REVIEW_NOTE_MAX)}
        onCancel={onCancel}
      />
    </Form>
  );
}
