import { useState, type ReactNode } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Modal, Space, Typography } from "antd";
import {
  ApartmentOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  CommentOutlined,
  PhoneOutlined,
  PlayCircleOutlined,
  RiseOutlined,
  SendOutlined,
  TagsOutlined,
} from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { START_REQUEST, type RequestCard } from "../graph/requests";
import { useAllowedActions, type RequestAction } from "../hooks/useAllowedActions";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { AcceptForm } from "./AcceptForm";
import { AssignForm } from "./AssignForm";
import { CallbackForm } from "./CallbackForm";
import { DispatchForm } from "./DispatchForm";
import { NoteForm } from "./NoteForm";
import { ReviewForm } from "./ReviewForm";
import { REFETCH, type HandlingFormProps } from "./handling";

type DialogAction = Exclude<RequestAction, "start" | "rate">;

export interface RequestActionsProps {
  request: RequestCard;
  locale: Locale;
  size?: "small" | "middle";
  onDone?: () => void;
}

interface ActionButton {
  action: RequestAction;
  label: string;
  icon: ReactNode;
  type?: "primary";
  danger?: boolean;
}

type TextKey = Parameters<typeof t>[1];

/** Each dialog: its title, what the request moves to, and its form. */
const DIALOGS: ReadonlyArray<{
  action: DialogAction;
  title: TextKey;
  done: TextKey;
  Form: (props: HandlingFormProps) => ReactNode;
}> = [
  { action: "accept", title: "actAccept", done: "acceptedDone", Form: AcceptForm },
  { action: "dispatch", title: "actDispatch", done: "dispatchedDone", Form: DispatchForm },
  { action: "assign", title: "actAssign", done: "assignedDone", Form: AssignForm },
  { action: "resolve", title: "actResolve", done: "resolvedDone", Form: (props) => <NoteForm {...props} kind="resolve" /> },
  { action: "escalate", title: "actEscalate", done: "escalatedDone", Form: (props) => <NoteForm {...props} kind="escalate" /> },
  { action: "reject", title: "actReject", done: "rejectedDone", Form: (props) => <NoteForm {...props} kind="reject" /> },
  { action: "review", title: "actReview", done: "reviewedDone", Form: ReviewForm },
  { action: "callback", title: "actCallback", done: "callbackDone", Form: CallbackForm },
];

/**
 * The staff's transitions on one request: accept with level and colour, dispatch to a service unit (or to a
 * body outside the registry by name), start, resolve, escalate, reject with a reason, review the resident's
 * rating, record a callback rating (回访). Only the moves the request's status allows are offered; the graph
 * checks again and its errors show in the dialog.
 */
export function RequestActions({ request, locale, size = "small", onDone }: RequestActionsProps) {
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState<DialogAction | null>(null);
  const [start, starting] = useMutation(START_REQUEST, REFETCH);
  const allowed = useAllowedActions(request);
  allowed.delete("rate");
  if (allowed.size === 0) return null;

  const done = (text: string) => {
    void message.success(text);
    setOpen(null);
    onDone?.();
  };
  const close = () => setOpen(null);
  const buttons: ActionButton[] = [
    { action: "accept", label: t(locale, "actAccept"), icon: <TagsOutlined />, type: "primary" },
    {
      action: "dispatch",
      label: t(locale, request.units.length > 0 ? "actAddUnit" : "actDispatch"),
      icon: <ApartmentOutlined />,
      type: request.status === "ACCEPTED" ? "primary" : undefined,
    },
    { action: "assign", label: request.assignment ? t(locale, "actReassign") : t(locale, "actAssign"), icon: <SendOutlined /> },
    { action: "start", label: t(locale, "actStart"), icon: <PlayCircleOutlined /> },
    { action: "resolve", label: t(locale, "actResolve"), icon: <CheckCircleOutlined />, type: "primary" },
    { action: "escalate", label: t(locale, "actEscalate"), icon: <RiseOutlined /> },
    { action: "review", label: t(locale, "actReview"), icon: <CommentOutlined /> },
    { action: "callback", label: t(locale, "actCallback"), icon: <PhoneOutlined /> },
    { action: "reject", label: t(locale, "actReject"), icon: <CloseCircleOutlined />, danger: true },
  ];
  const press = (action: RequestAction) => {
    if (action !== "start") return setOpen(action as DialogAction);
    start({ variables: { id: request.id } }).then(
      () => done(t(locale, "startedDone")),
      () => undefined,
    );
  };

  return (
    <div onClick={(event) => event.stopPropagation()} data-testid="request-actions">
      <Space size={4} wrap>
        {buttons
          .filter(({ action }) => allowed.has(action))
          .map(({ action, label, icon, type, danger }) => (
            <Button
              key={action}
              size={size}
              icon={icon}
              data-action={action}
              type={type}
              danger={danger}
              loading={action === "start" ? starting.loading : undefined}
              onClick={(event) => {
                event.stopPropagation();
                press(action);
              }}
            >
              {label}
            </Button>
          ))}
      </Space>
      {starting.error ? <GraphError error={starting.error} locale={locale} style={{ marginTop: 8 }} /> : null}
      {DIALOGS.filter(({ action }) => allowed.has(action)).map(({ action, title, done: doneText, Form }) => (
        <Modal
          key={action}
          open={open === action}
          title={`${t(locale, title)} · ${request.code}`}
          footer={null}
          onCancel={close}
          destroyOnHidden
          width={600}
        >
          <div data-testid={`${action}-dialog`} data-request-id={request.id}>
            <Typography.Paragraph type="secondary" ellipsis style={{ marginBottom: 12 }}>
              {request.title}
            </Typography.Paragraph>
            <Form request={request} locale={locale} onCancel={close} onDone={() => done(t(locale, doneText))} />
          </div>
        </Modal>
      ))}
    </div>
  );
}
