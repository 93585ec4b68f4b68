import { useEffect, useRef, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { App as AntApp, Empty, Tree } from "antd";
import type { TreeDataNode, TreeProps } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { MAX_TREE_DEPTH, dropParentId, moveRefusal, parentKindOf, type MoveRefusal } from "@dongting/domain/organisation";
import { reasonText } from "@dongting/domain/reasons/common";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";
import { ORG_UNIT_DETAIL } from "../graph/org-units";
import { failureLine } from "../graph/failure";
import type { TreeUnit } from "../hooks/tree-store";
import { useOrgTree } from "../hooks/useOrgTree";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";
import { MoveConfirmModal, type PendingMove } from "./MoveConfirmModal";
import { OrgTreeNodeTitle } from "./OrgTreeNodeTitle";

export interface OrgTreeProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** After a confirmed move, with the unit and its new parent. */
  onMoved?: (unitId: string, newParentId: string) => void;
  locale: Locale;
}

interface OrgTreeNode extends TreeDataNode {
  key: string;
  unit: TreeUnit;
  children?: OrgTreeNode[];
}

/** Why a drop is not proposed, in the UI's language: the graph's reason for a refusal, or that nothing would change. */
function refusalText(locale: Locale, refusal: MoveRefusal, vars: { name: string; parent: string }): string {
  if (refusal === "SAME_PARENT") return t(locale, "refuseSameParent", vars);
  return t(locale, "refuseMove", { ...vars, reason: reasonText(refusal, locale, ORGANISATION_REASONS) ?? refusal });
}

/**
 * The party organisation tree. Street and community committees and the compound organisations come
 * with the first query; deeper levels are fetched when a unit is expanded. Party committee members
 * move a unit by dragging it onto its new parent, after a confirmation naming the old and new parent.
 */
export function OrgTree({ selectedId, onSelect, onMoved, locale }: OrgTreeProps) {
  const { tree, expandedKeys, setExpandedKeys, parentOf, loadChildren, reveal } = useOrgTree();
  const { editTree } = usePermissions();
  const { message } = AntApp.useApp();
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);

  // Open the way to a unit reached by its address (its ancestors come with its page's query).
  const selected = useQuery(ORG_UNIT_DETAIL, { variables: { id: selectedId ?? "" }, skip: !selectedId });
  const ancestors = selected.data?.orgUnit?.id === selectedId ? selected.data?.orgUnit?.ancestors : undefined;
  const revealedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || !ancestors || !tree.rootIds || revealedFor.current === selectedId) return;
    revealedFor.current = selectedId;
    reveal(ancestors.map((a) => a.id)).catch((error: unknown) => void message.error(failureLine(error, locale)));
  }, [selectedId, ancestors, tree.rootIds, reveal, locale, message]);

  const toNode = (id: string, depth: number): OrgTreeNode | null => {
    const unit = tree.units[id];
    if (!unit) return null;
    const kids = tree.childIds[id];
    return {
      key: unit.id,
      unit,
      isLeaf: !unit.hasChildren,
      title: <OrgTreeNodeTitle unit={unit} locale={locale} />,
      children:
        depth < MAX_TREE_DEPTH && kids ? kids.map((k) => toNode(k, depth + 1)).filter((n): n is OrgTreeNode => n !== null) : undefined,
    };
  };

  const treeData = (tree.rootIds ?? []).map((id) => toNode(id, 0)).filter((n): n is OrgTreeNode => n !== null);

  const loadData = async (node: OrgTreeNode): Promise<void> => {
    const id = String(node.key);
    if (tree.childIds[id] !== undefined) return;
    try {
      await loadChildren(id);
    } catch (error) {
      void message.error(failureLine(error, locale));
    }
  };

  /** The new parent a drop would give, and why it would be refused (null when it may be proposed). */
  const proposal = (dragId: string, targetId: string, dropToGap: boolean) => {
    const unit = tree.units[dragId];
    const newParentId = dropParentId(targetId, dropToGap, parentOf);
    const newParent = newParentId ? tree.units[newParentId] : undefined;
    if (!unit || !newParent) return { unit, newParent, refusal: "KINDS_DO_NOT_NEST" as MoveRefusal };
    return { unit, newParent, refusal: moveRefusal(unit, newParent, parentOf) };
  };

  const allowDrop: TreeProps<OrgTreeNode>["allowDrop"] = ({ dragNode, dropNode, dropPosition }) =>
    proposal(String(dragNode.key), String(dropNode.key), dropPosition !== 0).refusal === null;

  const onDrop: TreeProps<OrgTreeNode>["onDrop"] = (info) => {
    const dragId = String(info.dragNode.key);
    const { unit, newParent, refusal } = proposal(dragId, String(info.node.key), info.dropToGap);
    if (!unit || !newParent) return;
    if (refusal) {
      void message.warning(refusalText(locale, refusal, { name: unit.name, parent: newParent.name }));
      return;
    }
    const oldParent = unit.parentId ? tree.units[unit.parentId] : undefined;
    setPendingMove({
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      from: oldParent ? { id: oldParent.id, name: oldParent.name } : null,
      to: { id: newParent.id, name: newParent.name },
    });
  };

  if (tree.rootIds && treeData.length === 0) return <Empty description={t(locale, "empty")} />;

  return (
    <div data-testid="org-tree" data-draggable={editTree ? "true" : "false"}>
      <Tree<OrgTreeNode>
        showLine
        blockNode
        treeData={treeData}
        loadData={loadData}
        expandedKeys={expandedKeys}
        onExpand={(keys) => setExpandedKeys(keys.map(String))}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(_keys, info) => onSelect(String(info.node.key))}
        draggable={
          // A root (street working committee) has nowhere to move to.
          editTree ? { icon: false, nodeDraggable: (node) => parentKindOf((node as OrgTreeNode).unit.kind) !== null } : false
        }
        allowDrop={editTree ? allowDrop : undefined}
        onDrop={editTree ? onDrop : undefined}
      />
      <MoveConfirmModal
        move={pendingMove}
        locale={locale}
        onClose={() => setPendingMove(null)}
        onMoved={(move) => {
          setPendingMove(null);
          void message.success(t(locale, "moved", { name: move.unit.name, parent: move.to.name }));
          onMoved?.(move.unit.id, move.to.id);
        }}
      />
    </div>
  );
}
