import {
  getNamedType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
} from "graphql";
import { isWindowCap, type ListCaps } from "./list-caps.js";
import { windowTotal } from "./windows.js";

/** The cost of a field's items and everything below them, for any set of distinct parents. */
type Totals = Map<FieldNode, number>;

/** How many items a list returns for all parents together, and whether they are distinct (a tree). */
function totalOf(caps: ListCaps, key: string, args: Record<string, unknown>): { total: number; tree: boolean } | undefined {
  const cap = caps[key];
  if (!cap) return undefined;
  const total = isWindowCap(cap) ? windowTotal(cap, args) : cap.total;
  return total === undefined ? undefined : { total, tree: !isWindowCap(cap) && cap.tree === true };
}

/**
 * Lists with a total (list-caps.ts: `total`, or `totalPerDay` over the window) are priced at the smaller of
 * two upper bounds: the caps' `1 + cap x child` per parent, and `1 + T`, where T bounds the cost of the
 * field's items for any set of distinct parents: `T = total x child`, or, for a tree field (items distinct
 * too), `T = total x (own + one per list below with a total) + the T of those lists`. So
 * `children { children { children } }` costs at most `total` units a level, not 50 x 50 x 50, and all
 * zones' bookings of a day at most the station's bookings of a day. graphql-query-complexity prices
 * bottom-up: each field's T is kept here for its parent. A selection with directives or a fragment on
 * another type gets the plain `total x child`.
 */
export function treeBound(document: DocumentNode, caps: ListCaps) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const totals: Totals = new Map();

  /** The fields selected directly on `type` (through fragments on it), or null if that is unsure. */
  const directFields = (selectionSet: SelectionSetNode, type: GraphQLObjectType, visiting: string[] = []): FieldNode[] | null => {
    const fields: FieldNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.directives?.length) return null;
      if (selection.kind === Kind.FIELD) {
        fields.push(selection);
        continue;
      }
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : "";
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(name) : selection;
      const condition = fragment?.typeCondition?.name.value;
      if (!fragment || fragment.directives?.length || (condition !== undefined && condition !== type.name) || visiting.includes(name)) {
        return null;
      }
      const inner = directFields(fragment.selectionSet, type, [...visiting, name]);
      if (!inner) return null;
      fields.push(...inner);
    }
    return fields;
  };

  /** T of a tree field: its items' own fields at `total`, and the lists with a total below at theirs. */
  const treeTotal = (node: FieldNode, itemType: GraphQLObjectType, total: number, childComplexity: number): number | null => {
    const selected = node.selectionSet ? directFields(node.selectionSet, itemType) : null;
    if (!selected) return null;
    let own = childComplexity;
    let below = 0;
    for (const child of selected) {
      if (!caps[`${itemType.name}.${child.name.value}`]) continue;
      const childTotal = totals.get(child);
      const childPrice = prices.get(child);
      // A list with a cap but no total below a tree level: priced per item, inside `own`.
      if (childTotal === undefined || childPrice === undefined) continue;
      // The child's price per item leaves `own`; one per item stays (resolving the field), its items go to T.
      own -= childPrice - 1;
      below += childTotal;
    }
    return total * own + below;
  };

  const prices = new Map<FieldNode, number>();
  return (
    node: FieldNode,
    parentType: string,
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    childComplexity: number,
    priced: number,
  ) => {
    const cap = totalOf(caps, `${parentType}.${field.name}`, args);
    if (!cap) return priced;
    const itemType = getNamedType(field.type);
    const tree = cap.tree && isObjectType(itemType) ? treeTotal(node, itemType, cap.total, childComplexity) : null;
    const total = tree ?? cap.total * childComplexity;
    const price = Math.min(priced, 1 + total);
    totals.set(node, total);
    prices.set(node, price);
    return price;
  };
}
