import { App as AntApp } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { UnitDetail } from "../graph/org-units";
import { failureLine } from "../graph/failure";
import { useOrgTree } from "../hooks/useOrgTree";
import { useOpenUnit } from "../hooks/useUnitNavigation";
import { t } from "../i18n";
import { DeleteUnitModal } from "./DeleteUnitModal";
import { SecretaryModal } from "./SecretaryModal";
import { UnitFormModal, type UnitFormMode } from "./UnitFormModal";

/** The dialog open on a unit's page. */
export type UnitDialog = { type: "form"; mode: UnitFormMode } | { type: "delete" } | { type: "secretary" };

/**
 * The dialogs of a unit's page (create below it, rename, delete, appoint a secretary). After a change the
 * tree is reloaded around it, and a created unit's or a deleted unit's parent's page opens.
 */
export function UnitDialogs({
  unit,
  dialog,
  locale,
  onClose,
}: {
  unit: UnitDetail;
  dialog: UnitDialog | null;
  locale: Locale;
  onClose(): void;
}) {
  const { refreshAround, reveal } = useOrgTree();
  const openUnit = useOpenUnit();
  const { message } = AntApp.useApp();
  const parentId = unit.parent?.id ?? null;

  /** Reloads the tree around `parentIds`, reporting (not throwing) a failure. */
  const refreshTree = async (parentIds: Array<string | null>, open: string[] = []) => {
    try {
      await refreshAround(parentIds);
      if (open.length > 0) await reveal(open);
    } catch (failure) {
      void message.error(failureLine(failure, locale));
    }
  };

  const formMode = dialog?.type === "form" ? dialog.mode : null;
  return (
    <>
      <UnitFormModal
        mode={formMode}
        locale={locale}
        onClose={onClose}
        onDone={(unitId, createdUnder) => {
          onClose();
          if (formMode?.type === "create") {
            void message.success(t(locale, "created"));
            const ancestorIds = unit.ancestors.map((a) => a.id);
            void refreshTree([createdUnder], [...ancestorIds, unit.id]).then(() => openUnit(unitId));
          } else {
            void message.success(t(locale, "renamed"));
            void refreshTree([parentId]);
          }
        }}
      />
      <DeleteUnitModal
        unit={dialog?.type === "delete" ? unit : null}
        locale={locale}
        onClose={onClose}
        onDeleted={() => {
          onClose();
          void message.success(t(locale, "deleted", { name: unit.name }));
          void refreshTree([parentId]);
          openUnit(parentId);
        }}
      />
      <SecretaryModal
        unit={dialog?.type === "secretary" ? unit : null}
        locale={locale}
        onClose={onClose}
        onDone={() => {
          onClose();
          void message.success(t(locale, "secretarySet"));
          void refreshTree([parentId]);
        }}
      />
    </>
  );
}
