import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { ORG_ROOTS, ORG_UNIT_CHILDREN } from "../graph/org-units";
import { EMPTY_TREE, ingest, knownAncestors, type TreeState } from "./tree-store";

export interface OrgTreeApi {
  tree: TreeState;
  /** The first load failed (later failures are reported by the action that caused them). */
  error: unknown;
  loading: boolean;
  expandedKeys: string[];
  setExpandedKeys(keys: string[]): void;
  parentOf(id: string): string | null | undefined;
  loadRoots(): Promise<void>;
  loadChildren(id: string): Promise<void>;
  /**
   * After a change below `parentIds` (a unit created, moved or deleted there): reloads those units'
   * children and, for their member counts, every level above them and the roots.
   */
  refreshAround(parentIds: ReadonlyArray<string | null | undefined>): Promise<void>;
  /** Loads and expands each of `ids` (root first), so a unit deep in the tree is shown. */
  reveal(ids: readonly string[]): Promise<void>;
}

/** The party tree's loaded levels, shared by the tree and the unit page (which changes it). */
export function useOrgTreeState(): OrgTreeApi {
  const client = useApolloClient();
  const [tree, setTree] = useState<TreeState>(EMPTY_TREE);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  // The latest tree for the async loaders, which outlive the render that started them.
  const treeRef = useRef(tree);
  treeRef.current = tree;
  const initialised = useRef(false);

  const apply = useCallback((parentId: string | null, list: Parameters<typeof ingest>[2]): string[] => {
    const { state, stale } = ingest(treeRef.current, parentId, list);
    treeRef.current = state;
    setTree(state);
    return stale;
  }, []);

  const loadChildren = useCallback(
    async (id: string): Promise<void> => {
      const { data } = await client.query({ query: ORG_UNIT_CHILDREN, variables: { id }, fetchPolicy: "network-only" });
      const stale = apply(id, data?.orgUnit?.children ?? []);
      await Promise.all(stale.map((staleId) => loadChildren(staleId)));
    },
    [client, apply],
  );

  const loadRoots = useCallback(async (): Promise<void> => {
    setLoading(true);
    try {
      const { data } = await client.query({ query: ORG_ROOTS, fetchPolicy: "network-only" });
      const roots = data?.orgRoots ?? [];
      const stale = apply(null, roots);
      setError(null);
      if (!initialised.current) {
        initialised.current = true;
        // Street committees and their community committees open; compound organisations closed.
        setExpandedKeys([...roots.map((r) => r.id), ...roots.flatMap((r) => r.children.map((c) => c.id))]);
      }
      await Promise.all(stale.map((id) => loadChildren(id)));
    } catch (failure) {
      if (!treeRef.current.rootIds) setError(failure);
      throw failure;
    } finally {
      setLoading(false);
    }
  }, [client, apply, loadChildren]);

  const refreshAround = useCallback(
    async (parentIds: ReadonlyArray<string | null | undefined>): Promise<void> => {
      const state = treeRef.current;
      const reload = new Set<string>();
      for (const id of parentIds) {
        if (!id) continue;
        reload.add(id);
        for (const ancestor of knownAncestors(state, id)) reload.add(ancestor);
      }
      // Levels the roots query brings anyway need no query of their own.
      await loadRoots();
      const covered = new Set<string>();
      for (const rootId of treeRef.current.rootIds ?? []) {
        covered.add(rootId);
        for (const childId of treeRef.current.childIds[rootId] ?? []) covered.add(childId);
      }
      await Promise.all(
        [...reload]
          .filter((id) => !covered.has(id) && (treeRef.current.childIds[id] !== undefined || parentIds.includes(id)))
          .map((id) => loadChildren(id)),
      );
    },
    [loadRoots, loadChildren],
  );

  const reveal = useCallback(
    async (ids: readonly string[]): Promise<void> => {
      for (const id of ids) {
        if (treeRef.current.childIds[id] === undefined) await loadChildren(id);
      }
      setExpandedKeys((keys) => [...new Set([...keys, ...ids])]);
    },
    [loadChildren],
  );

  const parentOf = useCallback((id: string) => treeRef.current.units[id]?.parentId, []);

  useEffect(() => {
    loadRoots().catch(() => undefined);
  }, [loadRoots]);

  return useMemo(
    () => ({ tree, error, loading, expandedKeys, setExpandedKeys, parentOf, loadRoots, loadChildren, refreshAround, reveal }),
    [tree, error, loading, expandedKeys, parentOf, loadRoots, loadChildren, refreshAround, reveal],
  );
}

export const OrgTreeContext = createContext<OrgTreeApi | null>(null);

export function useOrgTree(): OrgTreeApi {
  const api = useContext(OrgTreeContext);
  if (!api) throw new Error("useOrgTree outside OrgTreeContext");
  return api;
}
