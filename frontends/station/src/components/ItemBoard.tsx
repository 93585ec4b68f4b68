import type { HTMLAttributes, ReactNode } from "react";
import { Button, Flex, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { GiftOutlined, RollbackOutlined, SwapOutlined } from "@ant-design/icons";
import { Hidden, formatDateTime, shownText, useHiddenFields, type Locale } from "@dongting/ui-kit";
import type { ItemRow } from "../graph/exchange";
import { ITEM_STATUS_COLOR, itemStatusLabel } from "../labels";
import { mayHandle, usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

export interface ItemBoardProps {
  items: ItemRow[];
  loading: boolean;
  locale: Locale;
  /** Staff pick who claims; a resident claims for themselves (after a confirmation). */
  onClaimFor(item: ItemRow): void;
  onClaim(item: ItemRow, claimantId: string): void;
  onHandOver(item: ItemRow): void;
  onWithdraw(item: ItemRow): void;
}

/** The buttons an item offers the viewer: claim what is available, the owner (or staff) hand over or withdraw. */
function ItemActions({ item, locale, ...on }: Omit<ItemBoardProps, "items" | "loading"> & { item: ItemRow }) {
  const permissions = usePermissions();
  const me = permissions.viewer.personId;
  const owned = mayHandle(permissions, item.owner?.id);
  const buttons: ReactNode[] = [];
  const claimButton = (onClick?: () => void) => (
    <Button size="small" type="primary" icon={<GiftOutlined />} data-action="claim" onClick={onClick}>
      {t(locale, "claim")}
    </Button>
  );
  if (item.status === "AVAILABLE" && permissions.act) {
    if (permissions.manage) buttons.push(<span key="claim">{claimButton(() => on.onClaimFor(item))}</span>);
    else if (me && item.owner?.id !== me) {
      buttons.push(
        <Popconfirm
          key="claim"
          title={t(locale, "claimConfirm", { title: shownText(item.title, locale) })}
          onConfirm={() => on.onClaim(item, me)}
        >
          {claimButton()}
        </Popconfirm>,
      );
    }
  }
  if (item.status === "RESERVED" && owned) {
    buttons.push(
      <Popconfirm
        key="handOver"
        title={t(locale, "handOverConfirm", { name: item.claimant?.name ?? "—" })}
        onConfirm={() => on.onHandOver(item)}
      >
        <Button size="small" icon={<SwapOutlined />} data-action="hand-over">
          {t(locale, "handOver")}
        </Button>
      </Popconfirm>,
    );
  }
  if ((item.status === "AVAILABLE" || item.status === "RESERVED") && owned) {
    buttons.push(
      <Popconfirm key="withdraw" title={t(locale, "withdrawConfirm", { title: item.title })} onConfirm={() => on.onWithdraw(item)}>
        <Button size="small" danger icon={<RollbackOutlined />} data-action="withdraw">
          {t(locale, "withdraw")}
        </Button>
      </Popconfirm>,
    );
  }
  return buttons.length ? (
    <Space size={4} wrap>
      {buttons}
    </Space>
  ) : null;
}

/** A person on an item (its owner or claimant): their name, "—" for none, or 已隐藏 when withheld. */
function ItemPerson({ item, field, locale }: { item: ItemRow; field: "owner" | "claimant"; locale: Locale }) {
  const hidden = useHiddenFields();
  const person = item[field];
  if (person) return <>{person.name}</>;
  return hidden.isHidden(item, field) ? <Hidden locale={locale} /> : <>—</>;
}

/** What is on offer, with the poster's description when the viewer may read it (its parties and staff). */
function ItemTitle({ item, locale }: { item: ItemRow; locale: Locale }) {
  const hidden = useHiddenFields();
  return (
    <Flex vertical>
      <Typography.Text strong>{shownText(item.title, locale)}</Typography.Text>
      {item.description ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.description}
        </Typography.Text>
      ) : hidden.isHidden(item, "description") ? (
        <span style={{ fontSize: 12 }}>
          <Hidden locale={locale} />
        </span>
      ) : null}
    </Flex>
  );
}

/** The 百宝箱 items with their owner, claimant and state, and what the viewer may do with each. */
export function ItemBoard({ items, loading, ...actions }: ItemBoardProps) {
  const { locale } = actions;
  return (
    <Table<ItemRow>
      rowKey="id"
      data-testid="item-board"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t(locale, "noItems") }}
      onRow={(item) => ({ "data-item-id": item.id, "data-status": item.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: "title",
          title: t(locale, "colItem"),
          render: (_: unknown, item) => <ItemTitle item={item} locale={locale} />,
        },
        {
          key: "owner",
          title: t(locale, "colOwner"),
          render: (_: unknown, item) => <ItemPerson item={item} field="owner" locale={locale} />,
        },
        {
          key: "claimant",
          title: t(locale, "colClaimant"),
          render: (_: unknown, item) => <ItemPerson item={item} field="claimant" locale={locale} />,
        },
        {
          key: "status",
          title: t(locale, "colStatus"),
          render: (_: unknown, item) => <Tag color={ITEM_STATUS_COLOR[item.status]}>{itemStatusLabel(locale, item.status)}</Tag>,
        },
        { key: "postedAt", title: t(locale, "colPostedAt"), render: (_: unknown, item) => formatDateTime(locale, item.postedAt) },
        { key: "actions", title: t(locale, "colActions"), render: (_: unknown, item) => <ItemActions item={item} {...actions} /> },
      ]}
    />
  );
}
