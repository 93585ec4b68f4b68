import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Modal, Space, Typography } from "antd";
import { CheckCircleOutlined, PlayCircleOutlined, SwapOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { ALLOWED_FROM } from "@dongting/domain/requests";
import { START_TASK, type DispatchUnit, type TaskRow } from "../graph/workorders";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { NoteForm } from "./NoteForm";
import { ReassignForm } from "./ReassignForm";
import { REFETCH } from "./handling";

type Dialog = "resolve" | "reassign";

/**
 * A member's moves on a request of their unit: 开始办理 while ASSIGNED, 办结 with the required note while in hand,
 * and for the leader of a unit handling it, 改派 to another member. The graph checks membership again.
 */
export function TaskActions({ task, ledUnit, locale }: { task: TaskRow; ledUnit: DispatchUnit | null; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState<Dialog | null>(null);
  const [start, starting] = useMutation(START_TASK, REFETCH);
  const mayStart = ALLOWED_FROM.START.includes(task.status);
  const mayResolve = ALLOWED_FROM.RESOLVE.includes(task.status);
  const mayReassign = ledUnit !== null && ALLOWED_FROM.DISPATCH.includes(task.status) && ledUnit.members.length > 1;
  if (!mayStart && !mayResolve && !mayReassign) return null;
  const close = () => setOpen(null);
  const done = (text: string) => {
    void message.success(text);
    setOpen(null);
  };

  return (
    <div data-testid="task-actions" data-request-id={task.id}>
      <Space size={4} wrap>
        {mayStart ? (
          <Button
            size="small"
            icon={<PlayCircleOutlined />}
            data-action="start"
            loading={starting.loading}
            onClick={() =>
              start({ variables: { id: task.id } }).then(
                () => done(t(locale, "startedDone")),
                () => undefined,
              )
            }
          >
            {t(locale, "actStart")}
          </Button>
        ) : null}
        {mayResolve ? (
          <Button size="small" type="primary" icon={<CheckCircleOutlined />} data-action="resolve" onClick={() => setOpen("resolve")}>
            {t(locale, "actResolve")}
          </Button>
        ) : null}
        {mayReassign ? (
          <Button size="small" icon={<SwapOutlined />} data-action="reassign" onClick={() => setOpen("reassign")}>
            {t(locale, "actReassignMember")}
          </Button>
        ) : null}
      </Space>
      {starting.error ? <GraphError error={starting.error} locale={locale} style={{ marginTop: 8 }} /> : null}
      <Modal
        open={open !== null}
        title={`${t(locale, open === "reassign" ? "reassignMember" : "actResolve")} · ${task.code}`}
        footer={null}
        onCancel={close}
        destroyOnHidden
        width={560}
      >
        <div data-testid={`${open ?? "task"}-dialog`} data-request-id={task.id}>
          <Typography.Paragraph type="secondary" ellipsis style={{ marginBottom: 12 }}>
            {task.title}
          </Typography.Paragraph>
          {open === "resolve" ? (
            <NoteForm
              request={task}
              kind="resolve"
              asMember
              locale={locale}
              onCancel={close}
              onDone={() => done(t(locale, "resolvedDone"))}
            />
          ) : null}
          {open === "reassign" && ledUnit ? (
            <ReassignForm task={task} unit={ledUnit} locale={locale} onCancel={close} onDone={() => done(t(locale, "reassignedDone"))} />
          ) : null}
        </div>
      </Modal>
    </div>
  );
}
