import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { MAX_TREE_DEPTH } from "@dongting/domain/organisation";

/** Kinds nest strictly, so a tree has at most this many levels below a root. */
const MAX_LEVELS_BELOW_ROOT = MAX_TREE_DEPTH - 1;

export interface TreePlan {
  /** How many levels of `children` the query nests inside the current field's selection. */
  childLevels: number;
  /** Whether any of those levels (or the current one) asks for memberCount. */
  memberCounts: boolean;
  /** Whether any of those levels (or the current one) shows the secretary. */
  secretaries: boolean;
}

/**
 * Reads ahead in the query so the tree can be fetched in one statement: `orgRoots { children { children
 * { memberCount secretary { name } } } }` is planned as "two levels of children, with member counts and
 * secretaries" before any SQL runs.
 */
export function planTree(info: GraphQLResolveInfo): TreePlan {
  const plan: TreePlan = { childLevels: 0, memberCounts: false, secretaries: false };
  const walk = (selectionSet: SelectionSetNode | undefined, level: number, seen: Set<string>) => {
    if (!selectionSet || level > MAX_LEVELS_BELOW_ROOT) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === "memberCount") plan.memberCounts = true;
        if (selection.name.value === "secretary") plan.secretaries = true;
        if (selection.name.value === "children") {
          plan.childLevels = Math.max(plan.childLevels, Math.min(level + 1, MAX_LEVELS_BELOW_ROOT));
          walk(selection.selectionSet, level + 1, seen);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, level, seen);
      } else if (!seen.has(selection.name.value)) {
        walk(info.fragments[selection.name.value]?.selectionSet, level, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0, new Set());
  return plan;
}
