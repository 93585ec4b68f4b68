import { useMemo, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { Empty, Tag, Tree, message } from "antd";
import type { TreeDataNode } from "antd";
import { describeGraphError, type Locale } from "@dongting/ui-kit";
import { ORG_UNIT_CHILDREN, type OrgRootsData, type OrgUnitSummary } from "./org-queries";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, isLeafKind, orgUnitKindLabel } from "./labels";
import { t } from "./i18n";

export interface OrgTreeProps {
  roots: OrgRootsData["orgRoots"];
  selectedId: string | null;
  onSelect: (id: string) => void;
  locale: Locale;
}

/**
 * The party organisation tree. The first two levels come with the roots query; deeper levels are
 * fetched when a node is expanded.
 */
export function OrgTree({ roots, selectedId, onSelect, locale }: OrgTreeProps) {
  const client = useApolloClient();
  const [messageApi, messageHolder] = message.useMessage();
  // Children fetched on expand, by parent id. Children from the roots query are seeded below.
  const [loadedChildren, setLoadedChildren] = useState<Record<string, OrgUnitSummary[]>>({});

  const childrenOf = useMemo(() => {
    const map: Record<string, OrgUnitSummary[]> = {};
    for (const root of roots) map[root.id] = root.children;
    return { ...map, ...loadedChildren };
  }, [roots, loadedChildren]);

  const toNode = (unit: OrgUnitSummary, depth: number): TreeDataNode => {
    const kids = childrenOf[unit.id];
    return {
      key: unit.id,
      isLeaf: isLeafKind(unit.kind) || (kids !== undefined && kids.length === 0),
      title: (
        <span data-org-unit-id={unit.id}>
          {unit.name}{" "}
          <Tag color={ORG_UNIT_KIND_COLOR[unit.kind] ?? "default"} style={{ marginInlineStart: 4 }}>
            {orgUnitKindLabel(locale, unit.kind)}
          </Tag>
          {unit.form ? <Tag>{compoundFormLabel(locale, unit.form)}</Tag> : null}
        </span>
      ),
      children: depth < 12 && kids ? kids.map((k) => toNode(k, depth + 1)) : undefined,
    };
  };

  const treeData = roots.map((root) => toNode(root, 0));

  const loadData = async (node: TreeDataNode): Promise<void> => {
    const id = String(node.key);
    if (childrenOf[id] !== undefined) return;
    try {
      const { data } = await client.query({ query: ORG_UNIT_CHILDREN, variables: { id } });
      setLoadedChildren((prev) => ({ ...prev, [id]: data?.orgUnit?.children ?? [] }));
    } catch (error) {
      const { title, detail } = describeGraphError(error, locale);
      void messageApi.error(`${title}: ${detail}`);
    }
  };

  if (roots.length === 0) return <Empty description={t(locale, "empty")} />;

  return (
    <>
      {messageHolder}
      <Tree
        showLine
        blockNode
        treeData={treeData}
        loadData={loadData}
        defaultExpandedKeys={roots.map((r) => r.id)}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const [key] = keys;
          if (key !== undefined) onSelect(String(key));
        }}
      />
    </>
  );
}
