import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Card, Segmented } from "antd";
import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  HiddenFieldsProvider,
  PageHeader,
  QueryError,
  dataDespiteHiddenFields,
  usePartialAnswer,
  type Locale,
  useCommunityFilter,
} from "@dongting/ui-kit";
import { CLAIM_ITEM, EXCHANGE_ITEMS, HAND_OVER_ITEM, WITHDRAW_ITEM, type ItemRow } from "../graph/exchange";
import { failureLine } from "../graph/failure";
import { ITEM_STATUSES, itemStatusLabel, type ItemStatus } from "../labels";
import { ClaimItemModal } from "../components/ClaimItemModal";
import { ItemBoard } from "../components/ItemBoard";
import { PostItemModal } from "../components/PostItemModal";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

type Filter = ItemStatus | "ALL";
/**
 * The answers name the item's other party, whom the organisation graph may not name to a resident: the change is
 * made all the same, so a withheld name is no failure (`dataDespiteHiddenFields`).
 */
const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true, errorPolicy: "all" as const };

/** The 百宝箱 board: idle items posted, claimed, handed over or withdrawn. */
export function ExchangePage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState<Filter>("AVAILABLE");
  // Other people's items come without owner, claimant and description (theirs, their claimant's and staff's).
  const { data, loading, error, refetch } = useQuery(EXCHANGE_ITEMS, {
    variables: { status: filter === "ALL" ? null : filter, first: 100, ...useCommunityFilter() },
    errorPolicy: "all",
  });
  const { hidden, failure } = usePartialAnswer(data, error);
  const [claimItem, claiming] = useMutation(CLAIM_ITEM, REFETCH);
  const [handOver] = useMutation(HAND_OVER_ITEM, REFETCH);
  const [withdraw] = useMutation(WITHDRAW_ITEM, REFETCH);
  const [postOpen, setPostOpen] = useState(false);
  const [claimFor, setClaimFor] = useState<ItemRow | null>(null);

  const run = async (action: () => Promise<{ data?: unknown; error?: unknown }>, success: string) => {
    try {
      dataDespiteHiddenFields(await action());
      void message.success(success);
      return true;
    } catch (e) {
      void message.error(failureLine(e, locale));
      return false;
    }
  };
  const claim = (item: ItemRow, claimantId: string) =>
    run(() => claimItem({ variables: { id: item.id, claimantId } }), t(locale, "itemClaimed"));

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
        {failure ? <QueryError error={failure} locale={locale} onRetry={() => void refetch()} /> : null}
        <HiddenFieldsProvider hidden={hidden}>
          <ItemBoard
            items={data?.exchangeItems ?? []}
            loading={loading && !data}
            locale={locale}
            onClaimFor={setClaimFor}
            onClaim={(item, claimantId) => void claim(item, claimantId)}
            onHandOver={(item) => void run(() => handOver({ variables: { id: item.id } }), t(locale, "itemHandedOver"))}
            onWithdraw={(item) => void run(() => withdraw({ variables: { id: item.id } }), t(locale, "itemWithdrawn"))}
          />
        </HiddenFieldsProvider>
      </Card>
      <PostItemModal open={postOpen} locale={locale} onClose={() => setPostOpen(false)} />
      <ClaimItemModal
        item={claimFor}
        me={permissions.viewer.personId}
        loading={claiming.loading}
        locale={locale}
        onClaim={claim}
        onClose={() => setClaimFor(null)}
      />
    </>
  );
}
