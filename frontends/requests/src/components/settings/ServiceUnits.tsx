import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Flex, Modal, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { PlusOutlined } from "@ant-design/icons";
import { QueryError, communityFilter, type Locale } from "@dongting/ui-kit";
import { SERVICE_UNITS, type ServiceUnitRow } from "../../graph/workorders";
import { FORCE_KINDS, forceKindLabel } from "../../labels";
import { memberCount, t } from "../../i18n";
import { ServiceUnitForm } from "./ServiceUnitForm";

/** 承办单位: the registry of the active community, by work force, with leaders and members; adding a unit. */
export function ServiceUnits({ communityId, locale }: { communityId: string | null; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [adding, setAdding] = useState(false);
  const units = useQuery(SERVICE_UNITS, { variables: { ...communityFilter(communityId) } });
  const order = (unit: ServiceUnitRow) => FORCE_KINDS.indexOf(unit.forceKind);
  const rows = [...(units.data?.serviceUnits ?? [])].sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, "zh-CN"));
  const columns: TableColumnsType<ServiceUnitRow> = [
    {
      key: "name",
      title: t(locale, "unitName"),
      dataIndex: "name",
      render: (name: string, unit) => (
        <>
          {name} {unit.active ? null : <Tag>{t(locale, "inactiveUnit")}</Tag>}
        </>
      ),
    },
    {
      key: "forceKind",
      title: t(locale, "forceKind"),
      dataIndex: "forceKind",
      render: (kind: ServiceUnitRow["forceKind"]) => forceKindLabel(locale, kind),
    },
    { key: "community", title: t(locale, "unitCommunity"), render: (_: unknown, unit) => unit.community.name },
    { key: "leader", title: t(locale, "unitLeader"), render: (_: unknown, unit) => unit.leader?.name ?? "—" },
    {
      key: "members",
      title: t(locale, "unitMembers"),
      render: (_: unknown, unit) => {
        if (unit.members.length === 0) return "—";
        const names = unit.members.map((member) => member.name).join("、");
        return (
          <Typography.Text ellipsis={{ tooltip: names }} style={{ maxWidth: 260 }}>
            {`${memberCount(locale, unit.members.length)} · ${names}`}
          </Typography.Text>
        );
      },
    },
    { key: "team", title: t(locale, "volunteerTeam"), render: (_: unknown, unit) => unit.volunteerTeam?.name ?? "—" },
  ];

  return (
    <div data-testid="service-units">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t(locale, "unitsHint")}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} data-action="add-unit" onClick={() => setAdding(true)}>
          {t(locale, "addUnit")}
        </Button>
      </Flex>
      {units.error ? <QueryError error={units.error} locale={locale} onRetry={() => void units.refetch()} /> : null}
      <Table<ServiceUnitRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={units.loading}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(unit) => ({ "data-unit-id": unit.id, "data-force": unit.forceKind }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t(locale, "noUnitsYet") }}
      />
      <Modal open={adding} title={t(locale, "addUnit")} footer={null} onCancel={() => setAdding(false)} destroyOnHidden width={640}>
        <div data-testid="add-unit-dialog">
          <ServiceUnitForm
            communityId={communityId}
            locale={locale}
            onCancel={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              void message.success(t(locale, "unitCreated"));
            }}
          />
        </div>
      </Modal>
    </div>
  );
}
