import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Flex, Input, Rate, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { RATE_REQUEST } from "../graph/requests";
import { CLOSING_SCORE } from "../rules";
import { t } from "../i18n";
import { GraphError } from "./GraphError";

const SCORE_KEYS = ["score1", "score2", "score3", "score4", "score5"] as const;

/**
 * 群众点评: the submitter rates a RESOLVED request once, 1..5 stars. 1 or 2 sends it back for
 * handling, 3..5 closes it. Errors stay in the form.
 */
export function RatingForm({ requestId, locale, onRated }: { requestId: string; locale: Locale; onRated?: () => void }) {
  const { message } = AntApp.useApp();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const [rate, { loading, error, reset }] = useMutation(RATE_REQUEST, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async () => {
    if (score < 1) return;
    try {
      await rate({ variables: { id: requestId, score, comment: comment.trim() || null } });
      void message.success(t(locale, score >= CLOSING_SCORE ? "ratedClosed" : "ratedReopened"));
      onRated?.();
    } catch {
      // shown in place by <GraphError>
    }
  };

  const tooltips = SCORE_KEYS.map((key) => t(locale, key));
  return (
    <div data-testid="rating-form" style={{ padding: 12, background: "#fffbe6", borderRadius: 6, border: "1px solid #ffe58f" }}>
      <Typography.Text strong>{t(locale, "rateTitle")}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
        {t(locale, "rateHint")}
      </Typography.Paragraph>
      <Flex align="center" gap={12} wrap>
        <span data-testid="rating-stars">
          <Rate
            value={score}
            tooltips={tooltips}
            onChange={(value) => {
              setScore(value);
              reset();
            }}
          />
        </span>
        {score > 0 ? <Typography.Text data-testid="rating-label">{tooltips[score - 1]}</Typography.Text> : null}
      </Flex>
      <Input.TextArea
        data-testid="rating-comment"
        style={{ marginTop: 8 }}
        rows={2}
        maxLength={500}
        showCount
        value={comment}
        placeholder={t(locale, "rateCommentPlaceholder")}
        onChange={(e) => setComment(e.target.value)}
      />
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 8 }} /> : null}
      <Button
        type="primary"
        data-testid="rating-submit"
        style={{ marginTop: 8 }}
        disabled={score < 1}
        loading={loading}
        onClick={() => void submit()}
      >
        {t(locale, "rateSubmit")}
      </Button>
    </div>
  );
}
