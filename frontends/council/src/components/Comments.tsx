import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Input, List, Typography } from "antd";
import { Hidden, formatDateTime, type Locale } from "@dongting/ui-kit";
import { COMMENT_MAX } from "@dongting/domain/council";
import { COMMENT_ON_PROPOSAL } from "../graph/proposals";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface CommentRow {
  id: string;
  text: string;
  at: string;
  author: { id: string; name: string } | null;
}

export interface CommentListProps {
  comments: readonly CommentRow[];
  locale: Locale;
  /** Whether the organisation withheld the comment's author from the viewer (shown as hidden, not anonymous). */
  authorHidden?: (comment: CommentRow) => boolean;
}

/** The public comments (征求意见) on a proposal, oldest first as the graph gives them. */
export function CommentList({ comments, locale, authorHidden }: CommentListProps) {
  return (
    <List<CommentRow>
      data-testid="comments"
      dataSource={[...comments]}
      locale={{ emptyText: t(locale, "noComments") }}
      renderItem={(comment) => (
        <List.Item data-comment-id={comment.id}>
          <List.Item.Meta
            title={
              <Flex gap={8} align="baseline">
                <Typography.Text strong>
                  {comment.author?.name ?? (authorHidden?.(comment) ? <Hidden locale={locale} /> : t(locale, "anonymousAuthor"))}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(locale, comment.at)}
                </Typography.Text>
              </Flex>
            }
            description={<span style={{ whiteSpace: "pre-wrap" }}>{comment.text}</span>}
          />
        </List.Item>
      )}
    />
  );
}

/** Comment during the comment period: the text is sent trimmed; blank text is not sent. */
export function CommentForm({ proposalId, locale }: { proposalId: string; locale: Locale }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [comment, { loading }] = useMutation(COMMENT_ON_PROPOSAL);
  const trimmed = text.trim();

  const submit = async () => {
    if (!trimmed) return;
    setError(null);
    try {
      await comment({ variables: { id: proposalId, text: trimmed } });
      setText("");
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <div data-testid="comment-form">
      <Input.TextArea
        data-testid="comment-text"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t(locale, "commentPlaceholder")}
        maxLength={COMMENT_MAX}
        showCount
        autoSize={{ minRows: 2, maxRows: 6 }}
      />
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        <Button type="primary" data-action="comment" disabled={!trimmed} loading={loading} onClick={() => void submit()}>
          {t(locale, "postComment")}
        </Button>
      </Flex>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="comment-error" />
    </div>
  );
}
