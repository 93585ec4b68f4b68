import { useState, type HTMLAttributes } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { GiftOutlined, PlusOutlined, ReloadOutlined, RollbackOutlined, SwapOutlined } from "@ant-design/icons";
import { PageHeader, QueryError, formatDateTime, type Locale } from "@dongting/ui-kit";
import { CLAIM_ITEM, EXCHANGE_ITEMS, HAND_OVER_ITEM, POST_ITEM, WITHDRAW_ITEM, type ItemRow } from "../station-query";
import type { PersonOption } from "../bookings-query";
import { ITEM_STATUSES, ITEM_STATUS_COLOR, itemStatusLabel, type ItemStatus } from "../labels";
import { graphFailure } from "../graph-errors";
import { PersonPicker } from "../booking/PersonPicker";
import { mayHandle, usePermissions } from "../viewer";
import { t } from "../i18n";

type Filter = ItemStatus | "ALL";
const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true };

/** The 百宝箱 board: idle items posted, claimed, handed over or withdrawn. */
export function ExchangePage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<Filter>("AVAILABLE");
  const { data, loading, error, refetch } = useQuery(EXCHANGE_ITEMS, {
    variables: { status: filter === "ALL" ? null : filter, first: 100 },
  });
  const [postItem, posting] = useMutation(POST_ITEM, REFETCH);
  const [claimItem, claiming] = useMutation(CLAIM_ITEM, REFETCH);
  const [handOver] = useMutation(HAND_OVER_ITEM, REFETCH);
  const [withdraw] = useMutation(WITHDRAW_ITEM, REFETCH);

  const [postOpen, setPostOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [forOther, setForOther] = useState(false);
  const [owner, setOwner] = useState<PersonOption | null>(null);
  const [claimFor, setClaimFor] = useState<ItemRow | null>(null);
  const [claimant, setClaimant] = useState<PersonOption | null>(null);

  const me = permissions.viewer.personId;

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      void message.success(success);
      return true;
    } catch (e) {
      const f = graphFailure(e, locale);
      void message.error(`${f.title}：${f.message}`);
      return false;
    }
  };

  const post = async () => {
    if (!title.trim()) return void message.warning(t(locale, "needItemTitle"));
    if (forOther && !owner) return void message.warning(t(locale, "needPerson"));
    const ok = await run(
      () =>
        postItem({
          variables: {
            input: { title: title.trim(), description: description.trim() || null, ownerId: forOther && owner ? owner.id : null },
          },
        }),
      t(locale, "itemPosted"),
    );
    if (ok) {
      setPostOpen(false);
      setTitle("");
      setDescription("");
      setOwner(null);
      setForOther(false);
    }
  };

  const claim = (item: ItemRow, claimantId: string) =>
    run(() => claimItem({ variables: { id: item.id, claimantId } }), t(locale, "itemClaimed"));

  const actions = (item: ItemRow) => {
    const buttons = [];
    const owned = mayHandle(permissions, item.owner?.id);
    if (item.status === "AVAILABLE" && permissions.act) {
      if (permissions.manage) {
        buttons.push(
          <Button
            key="claim"
            size="small"
            type="primary"
            icon={<GiftOutlined />}
            data-action="claim"
            onClick={() => {
              setClaimant(null);
              setClaimFor(item);
            }}
          >
            {t(locale, "claim")}
          </Button>,
        );
      } else if (me && item.owner?.id !== me) {
        buttons.push(
          <Popconfirm key="claim" title={t(locale, "claimConfirm", { title: item.title })} onConfirm={() => void claim(item, me)}>
            <Button size="small" type="primary" icon={<GiftOutlined />} data-action="claim">
              {t(locale, "claim")}
            </Button>
          </Popconfirm>,
        );
      }
    }
    if (item.status === "RESERVED" && owned) {
      buttons.push(
        <Popconfirm
          key="handOver"
          title={t(locale, "handOverConfirm", { name: item.claimant?.name ?? "—" })}
          onConfirm={() => void run(() => handOver({ variables: { id: item.id } }), t(locale, "itemHandedOver"))}
        >
          <Button size="small" icon={<SwapOutlined />} data-action="hand-over">
            {t(locale, "handOver")}
          </Button>
        </Popconfirm>,
      );
    }
    if ((item.status === "AVAILABLE" || item.status === "RESERVED") && owned) {
      buttons.push(
        <Popconfirm
          key="withdraw"
          title={t(locale, "withdrawConfirm", { title: item.title })}
          onConfirm={() => void run(() => withdraw({ variables: { id: item.id } }), t(locale, "itemWithdrawn"))}
        >
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
  };

  return (
    <>
      <PageHeader
        title={t(locale, "navExchange")}
        subtitle={t(locale, "exchangeSubtitle")}
        extra={
          <>
            {permissions.act ? (
              <Button type="primary" icon={<PlusOutlined />} data-testid="post-item" onClick={() => setPostOpen(true)}>
                {t(locale, "postItem")}
              </Button>
            ) : null}
            <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      <Card
        size="small"
        title={
          <div data-testid="item-filter">
            <Segmented<Filter>
              value={filter}
              onChange={setFilter}
              options={[
                { value: "ALL", label: t(locale, "filterAll") },
                ...ITEM_STATUSES.map((status) => ({ value: status, label: itemStatusLabel(locale, status) })),
              ]}
            />
          </div>
        }
      >
        {error && !data ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
        <Table<ItemRow>
          rowKey="id"
          data-testid="item-board"
          loading={loading && !data}
          dataSource={data?.exchangeItems ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t(locale, "noItems") }}
          onRow={(item) => ({ "data-item-id": item.id, "data-status": item.status }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: "title",
              title: t(locale, "colItem"),
              render: (_: unknown, item) => (
                <Flex vertical>
                  <Typography.Text strong>{item.title}</Typography.Text>
                  {item.description ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {item.description}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            { key: "owner", title: t(locale, "colOwner"), render: (_: unknown, item) => item.owner?.name ?? "—" },
            { key: "claimant", title: t(locale, "colClaimant"), render: (_: unknown, item) => item.claimant?.name ?? "—" },
            {
              key: "status",
              title: t(locale, "colStatus"),
              render: (_: unknown, item) => <Tag color={ITEM_STATUS_COLOR[item.status]}>{itemStatusLabel(locale, item.status)}</Tag>,
            },
            { key: "postedAt", title: t(locale, "colPostedAt"), render: (_: unknown, item) => formatDateTime(locale, item.postedAt) },
            { key: "actions", title: t(locale, "colActions"), render: (_: unknown, item) => actions(item) },
          ]}
        />
      </Card>

      <Modal
        open={postOpen}
        title={t(locale, "postItem")}
        okText={t(locale, "post")}
        okButtonProps={{ "data-testid": "post-item-submit" }}
        confirmLoading={posting.loading}
        onOk={() => void post()}
        onCancel={() => setPostOpen(false)}
      >
        <Form layout="vertical" component="div">
          <Form.Item label={t(locale, "colItem")} required>
            <Input data-testid="item-title" value={title} maxLength={60} showCount onChange={(e) => setTitle(e.target.value)} />
          </Form.Item>
          <Form.Item label={t(locale, "itemDescription")}>
            <Input.TextArea value={description} maxLength={500} showCount rows={3} onChange={(e) => setDescription(e.target.value)} />
          </Form.Item>
          {permissions.manage ? (
            <Form.Item>
              <Checkbox checked={forOther} onChange={(e) => setForOther(e.target.checked)}>
                {t(locale, "postForOther")}
              </Checkbox>
              {forOther ? (
                <div style={{ marginTop: 8 }}>
                  <PersonPicker value={owner} onChange={setOwner} locale={locale} />
                </div>
              ) : null}
            </Form.Item>
          ) : null}
        </Form>
      </Modal>

      <Modal
        open={!!claimFor}
        title={t(locale, "claimFor", { title: claimFor?.title ?? "" })}
        okText={t(locale, "claim")}
        okButtonProps={{ disabled: !claimant && !me, "data-testid": "claim-submit" }}
        confirmLoading={claiming.loading}
        onCancel={() => setClaimFor(null)}
        onOk={async () => {
          const who = claimant?.id ?? me;
          if (!claimFor || !who) return;
          if (await claim(claimFor, who)) setClaimFor(null);
        }}
      >
        <Typography.Paragraph type="secondary">{t(locale, "claimantHint")}</Typography.Paragraph>
        <PersonPicker value={claimant} onChange={setClaimant} locale={locale} />
      </Modal>
    </>
  );
}
