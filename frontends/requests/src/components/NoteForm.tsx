import { useMutation } from "@apollo/client/react";
import { Alert, Form, Input } from "antd";
import { REQUEST_NOTE_MAX, fitsText, nextLevel } from "@dongting/domain/requests";
import { ESCALATE_REQUEST, REJECT_REQUEST, RESOLVE_REQUEST } from "../graph/requests";
import { RESOLVE_TASK } from "../graph/workorders";
import { requestsFailure } from "../graph/failure";
import { handlingLevelLabel } from "../labels";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { markRefusedFields, requiredText } from "./form-rules";
import { REFETCH, type HandlingFormProps } from "./handling";

type NoteKind = "resolve" | "escalate" | "reject";

const TEXTS = {
  resolve: { label: "resolveNote", placeholder: "resolveNotePlaceholder", ok: "actResolve" },
  escalate: { label: "escalateReason", placeholder: "escalateReasonPlaceholder", ok: "actEscalate" },
  reject: { label: "rejectReason", placeholder: "rejectReasonPlaceholder", ok: "actReject" },
} as const;

/** The mutations name the note `note` (resolve) or `reason` (escalate, reject); the form calls it `note`. */
const FORM_NAMES = { note: "note", reason: "note" };

export type NoteFormProps = Omit<HandlingFormProps, "request"> & {
  request: Pick<HandlingFormProps["request"], "id" | "level">;
  kind: NoteKind;
  /**
   * A unit member resolving from 我的任务: the answer asks only for what a member may read (never an anonymous
   * request's submitter), so a member's resolution is not reported as failed over a field withheld from them.
   */
  asMember?: boolean;
};

/** Resolve (what was done), escalate (why it goes up) or reject (why it is not taken): one required note. */
export function NoteForm({ request, locale, kind, asMember = false, onCancel, onDone }: NoteFormProps) {
  const [form] = Form.useForm<{ note: string }>();
  const [resolveAsStaff, resolvingAsStaff] = useMutation(RESOLVE_REQUEST, REFETCH);
  const [resolveAsMember, resolvingAsMember] = useMutation(RESOLVE_TASK, REFETCH);
  const [escalate, escalating] = useMutation(ESCALATE_REQUEST, REFETCH);
  const [reject, rejecting] = useMutation(REJECT_REQUEST, REFETCH);
  const resolve = asMember ? resolveAsMember : resolveAsStaff;
  const resolving = asMember ? resolvingAsMember : resolvingAsStaff;
  const state = kind === "resolve" ? resolving : kind === "escalate" ? escalating : rejecting;
  const note = Form.useWatch("note", form) ?? "";
  const up = nextLevel(request.level);
  const texts = TEXTS[kind];

  const onFinish = ({ note: raw }: { note: string }) => {
    const id = request.id;
    const text = raw.trim();
    const sent =
      kind === "resolve"
        ? resolve({ variables: { id, note: text } })
        : kind === "escalate"
          ? escalate({ variables: { id, reason: text } })
          : reject({ variables: { id, reason: text } });
    sent.then(onDone, (failure: unknown) => markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES));
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ note: "" }}>
      {kind === "escalate" && up ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t(locale, "escalateHint", {
            from: request.level ? handlingLevelLabel(locale, request.level) : t(locale, "ungraded"),
            to: handlingLevelLabel(locale, up),
          })}
        />
      ) : null}
      <Form.Item
        name="note"
        label={t(locale, texts.label)}
        rules={requiredText(REQUEST_NOTE_MAX, {
          required: t(locale, "fieldRequired"),
          tooLong: t(locale, "textTooLong", { max: REQUEST_NOTE_MAX }),
        })}
      >
        <Input.TextArea
          data-testid={`${kind}-note`}
          rows={4}
          maxLength={REQUEST_NOTE_MAX}
          showCount
          placeholder={t(locale, texts.placeholder)}
        />
      </Form.Item>
      {state.error ? <GraphError error={state.error} locale={locale} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, texts.ok)}
        danger={kind === "reject"}
        loading={state.loading}
        disabled={!fitsText(note, REQUEST_NOTE_MAX)}
        onCancel={onCancel}
      />
    </Form>
  );
}
