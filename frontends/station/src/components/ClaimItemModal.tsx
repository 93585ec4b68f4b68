import { useState } from "react";
import { Modal, Typography } from "antd";
import { PersonPicker, type Locale } from "@dongting/ui-kit";
import type { ItemRow } from "../graph/exchange";
import type { PersonOption } from "../graph/people";
import { usePeopleSearch } from "../hooks/usePeopleSearch";
import { t } from "../i18n";

export interface ClaimItemModalProps {
  item: ItemRow | null;
  /** The signed-in person, who claims when nobody is chosen. */
  me: string | null;
  loading: boolean;
  locale: Locale;
  /** Claims for `claimantId`; resolves true when the graph accepted it. */
  onClaim(item: ItemRow, claimantId: string): Promise<boolean>;
  onClose(): void;
}

/** Staff claim an item for a resident (or for themselves). */
export function ClaimItemModal({ item, me, loading, locale, onClaim, onClose }: ClaimItemModalProps) {
  const [claimant, setClaimant] = useState<PersonOption | null>(null);
  return (
    <Modal
      open={!!item}
      title={t(locale, "claimFor", { title: item?.title ?? "" })}
      okText={t(locale, "claim")}
      okButtonProps={{ disabled: !claimant && !me, "data-testid": "claim-submit" }}
      confirmLoading={loading}
      onCancel={onClose}
      afterClose={() => setClaimant(null)}
      onOk={async () => {
        const who = claimant?.id ?? me;
        if (item && who && (await onClaim(item, who))) onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t(locale, "claimantHint")}</Typography.Paragraph>
      <PersonPicker value={claimant} onChange={setClaimant} locale={locale} useSearch={usePeopleSearch} testId="claimant" />
    </Modal>
  );
}
