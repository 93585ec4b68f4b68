import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Flex, Modal, Popconfirm, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { QueryError, communityFilter, type Locale } from "@dongting/ui-kit";
import { DELETE_DISPATCH_RULE, DISPATCH_RULES, type DispatchRuleRow } from "../../graph/workorders";
import { forceKindLabel } from "../../labels";
import { t } from "../../i18n";
import { GraphError } from "../GraphError";
import { UrgencyBadge } from "../Badges";
import { REFETCH } from "../handling";
import { DispatchRuleForm } from "./DispatchRuleForm";

function DeleteRule({ rule, locale }: { rule: DispatchRuleRow; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [remove, { loading, error }] = useMutation(DELETE_DISPATCH_RULE, REFETCH);
  return (
    <>
      <Popconfirm
        title={t(locale, "deleteRuleConfirm", { position: rule.position })}
        okText={t(locale, "deleteRule")}
        cancelText={t(locale, "cancel")}
        okButtonProps={{ danger: true, "data-testid": "delete-rule-ok" }}
        onConfirm={() =>
          remove({ variables: { id: rule.id } }).then(
            () => void message.success(t(locale, "ruleDeleted")),
            () => undefined,
          )
        }
      >
        <Button size="small" danger icon={<DeleteOutlined />} loading={loading} data-action="delete-rule">
          {t(locale, "deleteRule")}
        </Button>
      </Popconfirm>
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 8 }} /> : null}
    </>
  );
}

/** 派单规则: the community's rules in the order they are tried, with adding and deleting. */
export function DispatchRules({ communityId, locale }: { communityId: string | null; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [adding, setAdding] = useState(false);
  const rules = useQuery(DISPATCH_RULES, { variables: { ...communityFilter(communityId) } });
  const rows = [...(rules.data?.dispatchRules ?? [])].sort((a, b) => a.position - b.position);
  const any = <Typography.Text type="secondary">{t(locale, "anyValue")}</Typography.Text>;
  const columns: TableColumnsType<DispatchRuleRow> = [
    { key: "position", title: t(locale, "colPosition"), dataIndex: "position", width: 80 },
    { key: "category", title: t(locale, "colCategory"), dataIndex: "category", render: (category: string | null) => category ?? any },
    { key: "grid", title: t(locale, "grid"), dataIndex: "grid", render: (grid: DispatchRuleRow["grid"]) => grid?.name ?? any },
    {
      key: "unit",
      title: t(locale, "unit"),
      dataIndex: "unit",
      render: (unit: DispatchRuleRow["unit"]) => (
        <>
          {unit.name}{" "}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {forceKindLabel(locale, unit.forceKind)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: "urgency",
      title: t(locale, "colRuleUrgency"),
      dataIndex: "urgency",
      render: (urgency: DispatchRuleRow["urgency"]) => (urgency ? <UrgencyBadge urgency={urgency} locale={locale} /> : any),
    },
    {
      key: "automatic",
      title: t(locale, "colAutomatic"),
      dataIndex: "automatic",
      render: (automatic: boolean) => (
        <Tag color={automatic ? "blue" : "default"}>{t(locale, automatic ? "automaticYes" : "automaticNo")}</Tag>
      ),
    },
    { key: "delete", title: "", width: 100, render: (_: unknown, rule) => <DeleteRule rule={rule} locale={locale} /> },
  ];

  return (
    <div data-testid="dispatch-rules">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t(locale, "rulesHint")}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} data-action="add-rule" onClick={() => setAdding(true)}>
          {t(locale, "addRule")}
        </Button>
      </Flex>
      {rules.error ? <QueryError error={rules.error} locale={locale} onRetry={() => void rules.refetch()} /> : null}
      <Table<DispatchRuleRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={rules.loading}
        pagination={false}
        onRow={(rule) => ({ "data-rule-id": rule.id, "data-position": rule.position }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t(locale, "noRules") }}
      />
      <Modal open={adding} title={t(locale, "addRule")} footer={null} onCancel={() => setAdding(false)} destroyOnHidden>
        <div data-testid="add-rule-dialog">
          <DispatchRuleForm
            communityId={communityId}
            nextPosition={(rows.at(-1)?.position ?? 0) + 1}
            locale={locale}
            onCancel={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              void message.success(t(locale, "ruleCreated"));
            }}
          />
        </div>
      </Modal>
    </div>
  );
}
