import { useMemo } from "react";
import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * What the services' read policies answer for a field the viewer may not read (issue 10): the field is null
 * with one FORBIDDEN error (reason FIELD_NOT_ALLOWED) on its path, and free text the contract keeps non-null
 * comes back as REDACTED_TEXT. A page whose rows are of mixed ownership (others' bookings as busy slots, the
 * 百宝箱 board, a request's timeline) runs its query with `errorPolicy: "all"` and treats those errors as
 * "hidden", never as a page failure.
 */
export const FIELD_NOT_ALLOWED = "FIELD_NOT_ALLOWED";

/** The services' placeholder for withheld free text (the subgraph kit's REDACTED_TEXT). */
export const REDACTED_TEXT = "【已隐藏】";

interface ErrorEntry {
  readonly path?: ReadonlyArray<string | number>;
  readonly extensions?: Readonly<Record<string, unknown>> | null;
}

/** A read policy's refusal of one nested field (not of the root field: a refused root is a failure). */
export function isFieldRefusal(entry: ErrorEntry): boolean {
  return entry.extensions?.reason === FIELD_NOT_ALLOWED && Array.isArray(entry.path) && entry.path.length > 1;
}

/** The fields a read policy withheld from one answer, asked about by the object that holds them. */
export interface HiddenFields {
  /** How many fields were withheld (0: the whole answer came through). */
  readonly count: number;
  /**
   * True when `field` of `object` (an object of the query's `data`, as the page received it) was withheld,
   * or when a withheld field below it took it down with it (a non-null `name` refused nulls its Person).
   */
  isHidden(object: object | null | undefined, field: string): boolean;
}

export const NOTHING_HIDDEN: HiddenFields = { count: 0, isHidden: () => false };

/** Both answers' withheld fields (objects are told apart by identity, so answers never mix up). */
export function mergeHiddenFields(a: HiddenFields, b: HiddenFields): HiddenFields {
  if (a.count === 0) return b;
  if (b.count === 0) return a;
  return { count: a.count + b.count, isHidden: (object, field) => a.isHidden(object, field) || b.isHidden(object, field) };
}

/** `isHidden(object, field)` for each refused path, marked on the deepest object the answer still holds. */
export function hiddenFieldsOf(data: unknown, errors: ReadonlyArray<ErrorEntry>): HiddenFields {
  const marks = new WeakMap<object, Set<string>>();
  let count = 0;
  for (const entry of errors) {
    if (!isFieldRefusal(entry)) continue;
    count += 1;
    let holder: unknown = data;
    for (const segment of entry.path!) {
      if (holder === null || typeof holder !== "object") break;
      const key = String(segment);
      const next = (holder as Record<string, unknown>)[key];
      if (next === null || next === undefined || typeof next !== "object") {
        const fields = marks.get(holder) ?? new Set<string>();
        fields.add(key);
        marks.set(holder, fields);
        break;
      }
      holder = next;
    }
  }
  if (count === 0) return NOTHING_HIDDEN;
  return { count, isHidden: (object, field) => !!object && (marks.get(object)?.has(field) ?? false) };
}

export interface PartialAnswer {
  hidden: HiddenFields;
  /** The error less the read policy's field refusals: undefined when only fields were withheld. */
  failure: unknown;
}

/**
 * Splits a query's error (with `errorPolicy: "all"`) into the fields the read policy withheld and what is
 * left of a real failure (a refused root field, a network error...), which the page shows as before.
 */
export function splitHiddenFields(data: unknown, error: unknown): PartialAnswer {
  if (!error) return { hidden: NOTHING_HIDDEN, failure: undefined };
  if (!CombinedGraphQLErrors.is(error)) return { hidden: NOTHING_HIDDEN, failure: error };
  const hidden = data ? hiddenFieldsOf(data, error.errors) : NOTHING_HIDDEN;
  const rest = error.errors.filter((entry) => !data || !isFieldRefusal(entry));
  if (rest.length === 0) return { hidden, failure: undefined };
  return {
    hidden,
    failure:
      rest.length === error.errors.length ? error : new CombinedGraphQLErrors({ data: data as Record<string, unknown>, errors: rest }),
  };
}

/**
 * The data of a mutation sent with `errorPolicy: "all"`: the change was made even when the read policy withheld
 * a field of its answer (a resident who claims an item may not read the poster's name); any other error is
 * thrown as the mutation's failure.
 */
export function dataDespiteHiddenFields<T>(result: { data?: T | null; error?: unknown }): T | null | undefined {
  const { failure } = splitHiddenFields(result.data, result.error);
  if (failure) throw failure;
  return result.data;
}

/** `splitHiddenFields` of a query's result, kept while its data and error stay the same. */
export function usePartialAnswer(data: unknown, error: unknown): PartialAnswer {
  return useMemo(() => splitHiddenFields(data, error), [data, error]);
}
