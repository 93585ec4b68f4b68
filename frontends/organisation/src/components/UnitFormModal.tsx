import { Modal } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";
import { UnitForm, type UnitFormMode } from "./UnitForm";

export type { UnitFormMode } from "./UnitForm";

/** The dialog around the unit form: create a unit under a parent (or a new root), or rename one. */
export function UnitFormModal({
  mode,
  locale,
  onClose,
  onDone,
}: {
  mode: UnitFormMode | null;
  locale: Locale;
  onClose(): void;
  /** With the created or renamed unit's id and its parent's id. */
  onDone(unitId: string, parentId: string | null): void;
}) {
  const title =
    mode?.type === "rename"
      ? t(locale, "renameTitle", { name: mode.unit.name })
      : mode?.parent
        ? t(locale, "createChildTitle", { parent: mode.parent.name })
        : t(locale, "createRootTitle");

  return (
    <Modal open={mode !== null} title={title} onCancel={onClose} destroyOnHidden footer={null}>
      {mode ? <UnitForm mode={mode} locale={locale} onClose={onClose} onDone={onDone} /> : null}
    </Modal>
  );
}
