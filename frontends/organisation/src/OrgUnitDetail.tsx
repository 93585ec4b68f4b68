import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { App as AntApp, Breadcrumb, Button, Descriptions, Empty, Flex, Spin, Tabs, Tag, Typography } from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined, UserSwitchOutlined } from "@ant-design/icons";
import { QueryError, RouteLink, describeGraphError, joinPath, navigate, type Locale } from "@dongting/ui-kit";
import { ORG_UNIT_DETAIL } from "./org-queries";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, orgUnitKindLabel } from "./labels";
import { childKindOf } from "./tree-rules";
import { UnitFormModal, type UnitFormMode } from "./UnitFormModal";
import { DeleteUnitModal } from "./DeleteUnitModal";
import { SecretaryModal } from "./SecretaryModal";
import { MemberList } from "./MemberList";
import { UnitHistory } from "./UnitHistory";
import { useOrgTree } from "./useOrgTree";
import { usePermissions } from "./viewer";
import { t } from "./i18n";

export interface OrgUnitDetailProps {
  id: string;
  basePath: string;
  locale: Locale;
}

type Dialog = { type: "form"; mode: UnitFormMode } | { type: "delete" } | { type: "secretary" };

/** A unit's page: where it sits (breadcrumb), its secretary and counts, its members and its history. */
export function OrgUnitDetail({ id, basePath, locale }: OrgUnitDetailProps) {
  const { data, loading, error, refetch } = useQuery(ORG_UNIT_DETAIL, { variables: { id } });
  const { editTree } = usePermissions();
  const { refreshAround, reveal } = useOrgTree();
  const { message } = AntApp.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tab, setTab] = useState("members");
  const unit = data?.orgUnit?.id === id ? data.orgUnit : undefined;

  if (error && !unit) return <QueryError error={error} locale={locale} onRetry={() => void refetch()} />;
  if (!unit) return loading ? <Spin /> : <Empty description={t(locale, "notFound")} data-testid="org-unit-not-found" />;

  const unitLink = (target: { id: string; name: string }) => (
    <RouteLink to={joinPath(basePath, "units", target.id)}>{target.name}</RouteLink>
  );
  const childKind = childKindOf(unit.kind);
  const ancestorIds = unit.ancestors.map((a) => a.id);

  /** Reloads the tree around `parentIds`, reporting (not throwing) a failure. */
  const refreshTree = async (parentIds: Array<string | null | undefined>, open: string[] = []) => {
    try {
      await refreshAround(parentIds);
      if (open.length > 0) await reveal(open);
    } catch (failure) {
      const { title, detail } = describeGraphError(failure, locale);
      void message.error(`${title}: ${detail}`);
    }
  };

  return (
    <div data-testid="org-unit-detail" data-unit-id={unit.id} data-kind={unit.kind}>
      <Breadcrumb
        data-testid="unit-breadcrumb"
        style={{ marginBottom: 12 }}
        items={[
          ...unit.ancestors.map((a) => ({ key: a.id, title: <span data-ancestor-id={a.id}>{unitLink(a)}</span> })),
          { key: unit.id, title: unit.name },
        ]}
      />
      <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-title">
            {unit.name}
          </Typography.Title>
          <Tag color={ORG_UNIT_KIND_COLOR[unit.kind] ?? "default"}>{orgUnitKindLabel(locale, unit.kind)}</Tag>
          {unit.form ? <Tag>{compoundFormLabel(locale, unit.form)}</Tag> : null}
        </Flex>
        {editTree ? (
          <Flex gap={8} wrap data-testid="unit-actions">
            {childKind ? (
              <Button
                size="small"
                type="primary"
                icon={<PlusOutlined />}
                data-testid="create-child"
                onClick={() => setDialog({ type: "form", mode: { type: "create", parent: unit } })}
              >
                {t(locale, "createChild", { kind: orgUnitKindLabel(locale, childKind) })}
              </Button>
            ) : null}
            <Button
              size="small"
              icon={<EditOutlined />}
              data-testid="rename-unit"
              onClick={() => setDialog({ type: "form", mode: { type: "rename", unit } })}
            >
              {t(locale, "rename")}
            </Button>
            <Button size="small" icon={<UserSwitchOutlined />} data-testid="set-secretary" onClick={() => setDialog({ type: "secretary" })}>
              {t(locale, "setSecretary")}
            </Button>
            <Button size="small" danger icon={<DeleteOutlined />} data-testid="delete-unit" onClick={() => setDialog({ type: "delete" })}>
              {t(locale, "delete")}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t(locale, "parent")}>{unit.parent ? unitLink(unit.parent) : t(locale, "none")}</Descriptions.Item>
        <Descriptions.Item label={t(locale, "secretary")}>
          <span data-testid="unit-secretary" data-person-id={unit.secretary?.id ?? ""}>
            {unit.secretary ? (
              <>
                {unit.secretary.name}
                {unit.secretary.phone ? <Typography.Text type="secondary"> · {unit.secretary.phone}</Typography.Text> : null}
              </>
            ) : (
              t(locale, "none")
            )}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t(locale, "members")}>
          <span data-testid="unit-member-count" data-direct={unit.memberCount} data-total={unit.totalMembers}>
            {t(locale, "memberCounts", { direct: unit.memberCount, total: unit.totalMembers })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t(locale, "children")}>
          {unit.children.length === 0
            ? t(locale, "none")
            : unit.children.map((child, i) => (
                <span key={child.id}>
                  {i > 0 ? "、" : null}
                  {unitLink(child)}
                </span>
              ))}
        </Descriptions.Item>
      </Descriptions>
      <Tabs
        style={{ marginTop: 12 }}
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: "members",
            label: <span data-testid="tab-members">{t(locale, "membersTab")}</span>,
            children: <MemberList unitId={unit.id} basePath={basePath} locale={locale} />,
          },
          {
            key: "history",
            label: <span data-testid="tab-history">{t(locale, "historyTab")}</span>,
            children: <UnitHistory unitId={unit.id} locale={locale} />,
          },
        ]}
      />

      <UnitFormModal
        mode={dialog?.type === "form" ? dialog.mode : null}
        locale={locale}
        onClose={() => setDialog(null)}
        onDone={(unitId, parentId) => {
          const mode = dialog?.type === "form" ? dialog.mode : null;
          setDialog(null);
          if (mode?.type === "create") {
            void message.success(t(locale, "created"));
            void refreshTree([parentId], [...ancestorIds, unit.id]).then(() => navigate(joinPath(basePath, "units", unitId)));
          } else {
            void message.success(t(locale, "renamed"));
            void refreshTree([unit.parent?.id ?? null]);
          }
        }}
      />
      <DeleteUnitModal
        unit={dialog?.type === "delete" ? unit : null}
        locale={locale}
        onClose={() => setDialog(null)}
        onDeleted={() => {
          setDialog(null);
          void message.success(t(locale, "deleted", { name: unit.name }));
          const parentId = unit.parent?.id ?? null;
          void refreshTree([parentId]);
          navigate(parentId ? joinPath(basePath, "units", parentId) : joinPath(basePath));
        }}
      />
      <SecretaryModal
        unit={dialog?.type === "secretary" ? unit : null}
        locale={locale}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          void message.success(t(locale, "secretarySet"));
          void refreshTree([unit.parent?.id ?? null]);
        }}
      />
    </div>
  );
}
