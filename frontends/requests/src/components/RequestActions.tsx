import { useState, type ReactNode } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Alert, Button, Flex, Form, Input, Modal, Radio, Rate, Select, Space, Typography } from "antd";
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  CommentOutlined,
  PlayCircleOutlined,
  RiseOutlined,
  SendOutlined,
  TagsOutlined,
} from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import {
  ACCEPT_REQUEST,
  ASSIGN_REQUEST,
  ESCALATE_REQUEST,
  REJECT_REQUEST,
  RESOLVE_REQUEST,
  REVIEW_REQUEST,
  START_REQUEST,
  type RequestCard,
} from "../graph/requests";
import { REQUEST_CATEGORIES, VOLUNTEER_TEAMS, type PersonOption } from "../graph/lookups";
import {
  FORCE_KINDS,
  HANDLING_LEVELS,
  URGENCIES,
  URGENCY_HEX,
  forceKindLabel,
  handlingLevelLabel,
  teamKindLabel,
  urgencyLabel,
  type ForceKind,
  type HandlingLevel,
  type Urgency,
} from "../labels";
import { allowedActions, nextLevel, type RequestAction } from "../rules";
import { usePermissions } from "../viewer";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { PersonPicker } from "./PersonPicker";

/** After a transition every visible list and figure is read again, so the request moves column. */
const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true };

type DialogAction = Exclude<RequestAction, "start" | "rate">;

export interface RequestActionsProps {
  request: RequestCard;
  locale: Locale;
  size?: "small" | "middle";
  onDone?: () => void;
}

/**
 * The staff's transitions on one request: accept with level and colour, dispatch to a work force,
 * start, resolve, escalate, reject with a reason, review the resident's rating. Only the moves the
 * request's status allows are offered; the graph checks again and its errors show in the dialog.
 */
export function RequestActions({ request, locale, size = "small", onDone }: RequestActionsProps) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState<DialogAction | null>(null);
  const [start, starting] = useMutation(START_REQUEST, REFETCH);
  const allowed = allowedActions(request, { personId: permissions.viewer.personId, handle: permissions.handle });
  allowed.delete("rate");
  if (allowed.size === 0) return null;

  const done = (text: string) => {
    void message.success(text);
    setOpen(null);
    onDone?.();
  };
  const button = (action: RequestAction, label: string, icon: ReactNode, extra: { type?: "primary"; danger?: boolean } = {}) =>
    allowed.has(action) ? (
      <Button
        key={action}
        size={size}
        icon={icon}
        data-action={action}
        {...extra}
        loading={action === "start" ? starting.loading : undefined}
        onClick={(event) => {
          event.stopPropagation();
          if (action === "start") {
            start({ variables: { id: request.id } }).then(
              () => done(t(locale, "startedDone")),
              () => undefined,
            );
          } else {
            setOpen(action as DialogAction);
          }
        }}
      >
        {label}
      </Button>
    ) : null;

  const dialog = (action: DialogAction, title: string, body: ReactNode) => (
    <Modal
      open={open === action}
      title={`${title} · ${request.code}`}
      footer={null}
      onCancel={() => setOpen(null)}
      destroyOnHidden
      width={600}
    >
      <div data-testid={`${action}-dialog`} data-request-id={request.id}>
        <Typography.Paragraph type="secondary" ellipsis style={{ marginBottom: 12 }}>
          {request.title}
        </Typography.Paragraph>
        {body}
      </div>
    </Modal>
  );
  const close = () => setOpen(null);

  return (
    <div onClick={(event) => event.stopPropagation()} data-testid="request-actions">
      <Space size={4} wrap>
        {button("accept", t(locale, "actAccept"), <TagsOutlined />, { type: "primary" })}
        {button("assign", request.assignment ? t(locale, "actReassign") : t(locale, "actAssign"), <SendOutlined />, {
          type: request.status === "ACCEPTED" ? "primary" : undefined,
        })}
        {button("start", t(locale, "actStart"), <PlayCircleOutlined />)}
        {button("resolve", t(locale, "actResolve"), <CheckCircleOutlined />, { type: "primary" })}
        {button("escalate", t(locale, "actEscalate"), <RiseOutlined />)}
        {button("review", t(locale, "actReview"), <CommentOutlined />)}
        {button("reject", t(locale, "actReject"), <CloseCircleOutlined />, { danger: true })}
      </Space>
      {starting.error ? <GraphError error={starting.error} locale={locale} style={{ marginTop: 8 }} /> : null}
      {allowed.has("accept")
        ? dialog(
            "accept",
            t(locale, "actAccept"),
            <AcceptForm request={request} locale={locale} onCancel={close} onDone={() => done(t(locale, "acceptedDone"))} />,
          )
        : null}
      {allowed.has("assign")
        ? dialog(
            "assign",
            t(locale, "actAssign"),
            <AssignForm request={request} locale={locale} onCancel={close} onDone={() => done(t(locale, "assignedDone"))} />,
          )
        : null}
      {allowed.has("resolve")
        ? dialog(
            "resolve",
            t(locale, "actResolve"),
            <NoteForm request={request} locale={locale} kind="resolve" onCancel={close} onDone={() => done(t(locale, "resolvedDone"))} />,
          )
        : null}
      {allowed.has("escalate")
        ? dialog(
            "escalate",
            t(locale, "actEscalate"),
            <NoteForm request={request} locale={locale} kind="escalate" onCancel={close} onDone={() => done(t(locale, "escalatedDone"))} />,
          )
        : null}
      {allowed.has("reject")
        ? dialog(
            "reject",
            t(locale, "actReject"),
            <NoteForm request={request} locale={locale} kind="reject" onCancel={close} onDone={() => done(t(locale, "rejectedDone"))} />,
          )
        : null}
      {allowed.has("review")
        ? dialog(
            "review",
            t(locale, "actReview"),
            <ReviewForm request={request} locale={locale} onCancel={close} onDone={() => done(t(locale, "reviewedDone"))} />,
          )
        : null}
    </div>
  );
}

interface FormProps {
  request: RequestCard;
  locale: Locale;
  onCancel(): void;
  onDone(): void;
}

function DialogButtons({
  locale,
  okText,
  loading,
  disabled,
  danger,
  onCancel,
  onOk,
}: {
  locale: Locale;
  okText: string;
  loading: boolean;
  disabled?: boolean;
  danger?: boolean;
  onCancel(): void;
  onOk(): void;
}) {
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
      <Button onClick={onCancel} data-testid="dialog-cancel">
        {t(locale, "cancel")}
      </Button>
      <Button type="primary" danger={danger} loading={loading} disabled={disabled} onClick={onOk} data-testid="dialog-ok">
        {okText}
      </Button>
    </Flex>
  );
}

/** 分级: the handling level (四级) and the colour (三色), defaulting to the category's; shows the deadlines it sets. */
function AcceptForm({ request, locale, onCancel, onDone }: FormProps) {
  const categories = useQuery(REQUEST_CATEGORIES);
  const category = categories.data?.requestCategories.find((c) => c.name === request.category);
  const [level, setLevel] = useState<HandlingLevel | null>(null);
  const [urgency, setUrgency] = useState<Urgency | null>(null);
  const [accept, { loading, error }] = useMutation(ACCEPT_REQUEST, REFETCH);
  const chosenLevel = level ?? request.level ?? category?.defaultLevel ?? null;
  const chosenUrgency = urgency ?? category?.defaultUrgency ?? null;
  const deadline = category?.deadlines.find((d) => d.urgency === chosenUrgency);

  return (
    <Form layout="vertical">
      <Form.Item
        label={t(locale, "level")}
        help={category ? t(locale, "categoryDefault", { value: handlingLevelLabel(locale, category.defaultLevel) }) : undefined}
      >
        <Radio.Group
          data-testid="accept-level"
          optionType="button"
          buttonStyle="solid"
          value={chosenLevel}
          onChange={(e) => setLevel(e.target.value as HandlingLevel)}
          options={HANDLING_LEVELS.map((value) => ({ value, label: <span data-level={value}>{handlingLevelLabel(locale, value)}</span> }))}
        />
      </Form.Item>
      <Form.Item
        label={t(locale, "colUrgency")}
        help={category ? t(locale, "categoryDefault", { value: urgencyLabel(locale, category.defaultUrgency) }) : undefined}
      >
        <Radio.Group
          data-testid="accept-urgency"
          optionType="button"
          value={chosenUrgency}
          onChange={(e) => setUrgency(e.target.value as Urgency)}
          options={URGENCIES.map((value) => ({
            value,
            label: (
              <span data-urgency={value}>
                <span
                  style={{
                    display: "inline-block",
                    width: 10,
                    height: 10,
                    borderRadius: 5,
                    background: URGENCY_HEX[value],
                    marginInlineEnd: 6,
                  }}
                />
                {urgencyLabel(locale, value)}
              </span>
            ),
          }))}
        />
      </Form.Item>
      {deadline ? (
        <Alert
          type="info"
          showIcon
          data-testid="accept-deadlines"
          title={t(locale, "deadlinesHint", { respond: deadline.respondHours, resolve: deadline.resolveHours })}
        />
      ) : null}
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 12 }} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, "actAccept")}
        loading={loading}
        disabled={!chosenLevel || !chosenUrgency}
        onCancel={onCancel}
        onOk={() => {
          if (!chosenLevel || !chosenUrgency) return;
          accept({ variables: { id: request.id, level: chosenLevel, urgency: chosenUrgency } }).then(onDone, () => undefined);
        }}
      />
    </Form>
  );
}

/** 派单: to one of the six work forces; a volunteer team is picked from the volunteers graph. */
function AssignForm({ request, locale, onCancel, onDone }: FormProps) {
  const [forceKind, setForceKind] = useState<ForceKind>(request.assignment?.forceKind ?? "VOLUNTEER");
  const [teamId, setTeamId] = useState<string | null>(request.assignment?.volunteerTeam?.id ?? null);
  const [assigneeName, setAssigneeName] = useState(request.assignment?.volunteerTeam ? "" : (request.assignment?.assigneeName ?? ""));
  const [person, setPerson] = useState<PersonOption | null>(null);
  const teams = useQuery(VOLUNTEER_TEAMS, { skip: forceKind !== "VOLUNTEER" });
  const [assign, { loading, error }] = useMutation(ASSIGN_REQUEST, REFETCH);
  const team = teams.data?.volunteerTeams.find((candidate) => candidate.id === teamId) ?? null;
  const volunteer = forceKind === "VOLUNTEER";
  const name = volunteer ? (team?.name ?? "") : assigneeName.trim();

  return (
    <Form layout="vertical">
      <Form.Item label={t(locale, "forceKind")}>
        <Radio.Group
          data-testid="assign-force"
          optionType="button"
          value={forceKind}
          onChange={(e) => setForceKind(e.target.value as ForceKind)}
          options={FORCE_KINDS.map((value) => ({ value, label: <span data-force={value}>{forceKindLabel(locale, value)}</span> }))}
        />
      </Form.Item>
      {volunteer ? (
        <Form.Item label={t(locale, "volunteerTeam")} required>
          <div data-testid="assign-team">
            <Select
              showSearch={{ optionFilterProp: "title" }}
              style={{ width: "100%" }}
              placeholder={t(locale, "pickTeam")}
              loading={teams.loading}
              value={teamId ?? undefined}
              onChange={(id: string) => setTeamId(id)}
              status={teams.error ? "error" : undefined}
              notFoundContent={teams.error ? t(locale, "loadFailed") : undefined}
              options={(teams.data?.volunteerTeams ?? []).map((candidate) => ({
                value: candidate.id,
                title: candidate.name,
                label: (
                  <span data-team-id={candidate.id}>
                    {candidate.name}{" "}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {teamKindLabel(locale, candidate.kind)} · {t(locale, "members", { count: candidate.memberCount })}
                    </Typography.Text>
                  </span>
                ),
              }))}
              labelRender={({ value, label }) => teams.data?.volunteerTeams.find((c) => c.id === value)?.name ?? label}
            />
          </div>
        </Form.Item>
      ) : (
        <>
          <Form.Item label={t(locale, "assigneePerson")} help={t(locale, "assigneePersonHint")}>
            <PersonPicker
              locale={locale}
              testId="assign-person"
              value={person}
              onChange={(picked) => {
                setPerson(picked);
                if (picked) setAssigneeName(picked.name);
              }}
            />
          </Form.Item>
          <Form.Item label={t(locale, "assigneeName")} required>
            <Input
              data-testid="assign-name"
              maxLength={60}
              showCount
              value={assigneeName}
              placeholder={t(locale, "assigneeNamePlaceholder")}
              onChange={(e) => setAssigneeName(e.target.value)}
            />
          </Form.Item>
        </>
      )}
      {teams.error ? <GraphError error={teams.error} locale={locale} style={{ marginTop: 12 }} /> : null}
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 12 }} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, "actAssign")}
        loading={loading}
        disabled={name.length === 0}
        onCancel={onCancel}
        onOk={() =>
          void assign({
            variables: {
              id: request.id,
              input: {
                forceKind,
                assigneeName: name,
                assigneePersonId: !volunteer && person && person.name === name ? person.id : null,
                volunteerTeamId: volunteer ? teamId : null,
              },
            },
          }).then(onDone, () => undefined)
        }
      />
    </Form>
  );
}

/** Resolve (what was done), escalate (why it goes up) or reject (why it is not taken): one required note. */
function NoteForm({ request, locale, kind, onCancel, onDone }: FormProps & { kind: "resolve" | "escalate" | "reject" }) {
  const [note, setNote] = useState("");
  const [resolve, resolving] = useMutation(RESOLVE_REQUEST, REFETCH);
  const [escalate, escalating] = useMutation(ESCALATE_REQUEST, REFETCH);
  const [reject, rejecting] = useMutation(REJECT_REQUEST, REFETCH);
  const state = kind === "resolve" ? resolving : kind === "escalate" ? escalating : rejecting;
  const up = nextLevel(request.level);
  const text = note.trim();

  const submit = () => {
    const id = request.id;
    const sent =
      kind === "resolve"
        ? resolve({ variables: { id, note: text } })
        : kind === "escalate"
          ? escalate({ variables: { id, reason: text } })
          : reject({ variables: { id, reason: text } });
    sent.then(onDone, () => undefined);
  };

  return (
    <Form layout="vertical">
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
      <Form.Item label={t(locale, kind === "resolve" ? "resolveNote" : kind === "escalate" ? "escalateReason" : "rejectReason")} required>
        <Input.TextArea
          data-testid={`${kind}-note`}
          rows={4}
          maxLength={2000}
          showCount
          value={note}
          placeholder={t(
            locale,
            kind === "resolve" ? "resolveNotePlaceholder" : kind === "escalate" ? "escalateReasonPlaceholder" : "rejectReasonPlaceholder",
          )}
          onChange={(e) => setNote(e.target.value)}
        />
      </Form.Item>
      {state.error ? <GraphError error={state.error} locale={locale} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, kind === "resolve" ? "actResolve" : kind === "escalate" ? "actEscalate" : "actReject")}
        danger={kind === "reject"}
        loading={state.loading}
        disabled={text.length === 0}
        onCancel={onCancel}
        onOk={submit}
      />
    </Form>
  );
}

/** 社区反评: is the resident's rating reasonable? An unreasonable one leaves the satisfaction rate. */
function ReviewForm({ request, locale, onCancel, onDone }: FormProps) {
  const [reasonable, setReasonable] = useState(true);
  const [note, setNote] = useState("");
  const [review, { loading, error }] = useMutation(REVIEW_REQUEST, REFETCH);
  const rating = request.residentRating;
  return (
    <Form layout="vertical">
      {rating ? (
        <div style={{ marginBottom: 12 }}>
          <Rate disabled value={rating.score} /> {t(locale, "ratingScore", { score: rating.score })}
          {rating.comment ? <Typography.Paragraph style={{ marginTop: 4 }}>“{rating.comment}”</Typography.Paragraph> : null}
        </div>
      ) : null}
      <Form.Item label={t(locale, "reviewReasonable")} help={t(locale, "reviewHint")}>
        <Radio.Group
          data-testid="review-reasonable"
          value={reasonable}
          onChange={(e) => setReasonable(e.target.value as boolean)}
          options={[
            { value: true, label: t(locale, "reasonable") },
            { value: false, label: t(locale, "unreasonable") },
          ]}
        />
      </Form.Item>
      <Form.Item label={t(locale, "reviewNote")} required>
        <Input.TextArea
          data-testid="review-note"
          rows={3}
          maxLength={500}
          showCount
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, "actReview")}
        loading={loading}
        disabled={note.trim().length === 0}
        onCancel={onCancel}
        onOk={() => void review({ variables: { id: request.id, reasonable, note: note.trim() } }).then(onDone, () => undefined)}
      />
    </Form>
  );
}
