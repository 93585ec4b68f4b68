import { describe, expect, it } from "vitest";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { dataDespiteHiddenFields, hiddenFieldsOf, splitHiddenFields } from "../src/hidden-fields";

const refused = (path: Array<string | number>) => ({
  message: "您无权查看此项信息 (You may not see this information)",
  path,
  extensions: { code: "FORBIDDEN", reason: "FIELD_NOT_ALLOWED" },
});

/** Two bookings of one zone's week: the viewer's own, and someone else's busy slot. */
function zoneWeek() {
  const own = { id: "b1", title: "读书会", organiser: { id: "p4", name: "陈晓" }, team: null };
  const other = { id: "b2", title: "【已隐藏】", organiser: null, team: null };
  return { own, other, data: { zone: { id: "z1", bookings: [own, other] } } };
}

describe("hidden fields", () => {
  it("marks each refused field on the object that holds it, and nothing else", () => {
    const { own, other, data } = zoneWeek();
    const hidden = hiddenFieldsOf(data, [refused(["zone", "bookings", 1, "organiser"]), refused(["zone", "bookings", 1, "team"])]);
    expect(hidden.count).toBe(2);
    expect(hidden.isHidden(other, "organiser")).toBe(true);
    expect(hidden.isHidden(other, "team")).toBe(true);
    // A team booking has no organiser either: null without an error is "none", not "hidden".
    expect(hidden.isHidden(own, "organiser")).toBe(false);
    expect(hidden.isHidden(own, "team")).toBe(false);
    expect(hidden.isHidden(null, "organiser")).toBe(false);
  });

  it("marks the field a refused non-null field took down with it", () => {
    // Person.name is non-null: refused, it nulls the whole `actor`.
    const event = { at: "2026-06-15T02:00:00Z", type: "ACCEPTED", actor: null };
    const data = { request: { id: "r1", events: [event] } };
    const hidden = hiddenFieldsOf(data, [refused(["request", "events", 0, "actor", "name"])]);
    expect(hidden.isHidden(event, "actor")).toBe(true);
  });

  it("leaves only the real failure once the field refusals are taken out", () => {
    const { other, data } = zoneWeek();
    const onlyHidden = new CombinedGraphQLErrors({ data, errors: [refused(["zone", "bookings", 1, "organiser"])] });
    const split = splitHiddenFields(data, onlyHidden);
    expect(split.failure).toBeUndefined();
    expect(split.hidden.isHidden(other, "organiser")).toBe(true);

    const mixed = new CombinedGraphQLErrors({
      data,
      errors: [
        refused(["zone", "bookings", 1, "organiser"]),
        { message: "boom", path: ["zone", "closures"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ],
    });
    const rest = splitHiddenFields(data, mixed).failure;
    expect(CombinedGraphQLErrors.is(rest) && rest.errors.map((e) => e.message)).toEqual(["boom"]);
  });

  it("keeps a refused root field, an answer without data and a transport error as failures", () => {
    const root = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: "no", path: ["zoneUtilisation"], extensions: { code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" } }],
    });
    expect(splitHiddenFields(null, root).failure).toBe(root);
    const rootField = new CombinedGraphQLErrors({ data: null, errors: [refused(["people"])] });
    expect(splitHiddenFields(undefined, rootField).failure).toBe(rootField);
    const transport = new ServerError("502", { response: new Response("", { status: 502 }), bodyText: "" });
    expect(splitHiddenFields({ zone: null }, transport).failure).toBe(transport);
    expect(splitHiddenFields({ zone: null }, undefined)).toMatchObject({ failure: undefined, hidden: { count: 0 } });
  });

  it("hands back a mutation's data when only fields of its answer were withheld, and throws anything else", () => {
    const data = { claimItem: { id: "i1", status: "RESERVED", owner: null } };
    const withheld = new CombinedGraphQLErrors({ data, errors: [refused(["claimItem", "owner"])] });
    expect(dataDespiteHiddenFields({ data, error: withheld })).toBe(data);
    expect(dataDespiteHiddenFields({ data, error: undefined })).toBe(data);
    const refusedChange = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: "no", path: ["claimItem"], extensions: { code: "CONFLICT", reason: "ITEM_NOT_AVAILABLE" } }],
    });
    expect(() => dataDespiteHiddenFields({ data: null, error: refusedChange })).toThrow(refusedChange);
  });
});
