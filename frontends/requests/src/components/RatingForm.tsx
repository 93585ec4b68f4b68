import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Flex, Form, Input, Rate, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { CLOSING_SCORE, RATING_COMMENT_MAX, isScore } from "@dongting/domain/requests";
import { RATE_REQUEST } from "../graph/requests";
import { requestsFailure } from "../graph/failure";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { markRefusedFields, optionalText } from "./form-rules";

const SCORE_KEYS = ["score1", "score2", "score3", "score4", "score5"] as const;

interface RatingValues {
  score: number;
  comment: string;
}

/**
 * 群众点评: the submitter rates a RESOLVED request once, 1..5 stars. Below the closing score it goes back
 * for handling, from it on it closes. Errors stay in the form.
 */
export function RatingForm({ requestId, locale, onRated }: { requestId: string; locale: Locale; onRated?: () => void }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<RatingValues>();
  const [rate, { loading, error, reset }] = useMutation(RATE_REQUEST, { refetchQueries: "active", awaitRefetchQueries: true });
  const score = Form.useWatch("score", form) ?? 0;
  const tooltips = SCORE_KEYS.map((key) => t(locale, key));

  const onFinish = async ({ score: chosen, comment }: RatingValues) => {
    try {
      await rate({ variables: { id: requestId, score: chosen, comment: comment.trim() || null } });
      void message.success(t(locale, chosen >= CLOSING_SCORE ? "ratedClosed" : "ratedReopened"));
      onRated?.();
    } catch (failure) {
      markRefusedFields(form, requestsFailure(failure, locale), locale, { score: "score", comment: "comment" });
    }
  };

  return (
    <div data-testid="rating-form" style={{ padding: 12, background: "#fffbe6", borderRadius: 6, border: "1px solid #ffe58f" }}>
      <Typography.Text strong>{t(locale, "rateTitle")}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
        {t(locale, "rateHint")}
      </Typography.Paragraph>
      <Form<RatingValues>
        form={form}
        initialValues={{ score: 0, comment: "" }}
        onValuesChange={() => reset()}
        onFinish={(values) => void onFinish(values)}
      >
        <Flex align="center" gap={12} wrap>
          <span data-testid="rating-stars">
            <Form.Item
              name="score"
              noStyle
              rules={[
                {
                  validator: async (_rule, value: number) => {
                    if (!isScore(value)) throw new Error(t(locale, "scoreRequired"));
                  },
                },
              ]}
            >
              <Rate tooltips={tooltips} />
            </Form.Item>
          </span>
          {score > 0 ? <Typography.Text data-testid="rating-label">{tooltips[score - 1]}</Typography.Text> : null}
        </Flex>
        <Form.Item
          name="comment"
          style={{ marginTop: 8, marginBottom: 0 }}
          rules={optionalText(RATING_COMMENT_MAX, t(locale, "textTooLong", { max: RATING_COMMENT_MAX }))}
        >
          <Input.TextArea
            data-testid="rating-comment"
            rows={2}
            maxLength={RATING_COMMENT_MAX}
            showCount
            placeholder={t(locale, "rateCommentPlaceholder")}
          />
        </Form.Item>
        {error ? <GraphError error={error} locale={locale} style={{ marginTop: 8 }} /> : null}
        <Button
          type="primary"
          htmlType="submit"
          data-testid="rating-submit"
          style={{ marginTop: 8 }}
          disabled={!isScore(score)}
          loading={loading}
        >
          {t(locale, "rateSubmit")}
        </Button>
      </Form>
    </div>
  );
}
