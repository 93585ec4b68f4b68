import type { FormInstance, FormRule } from "antd";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import { reasonText } from "@dongting/domain/reasons/common";
import { trimmedLength } from "@dongting/domain/requests";
import { refusedFields } from "../graph/failure";

/**
 * A required text field's rules on a shared limit: not blank once trimmed, at most `max` characters
 * counted as the service counts them (code points of the trimmed text).
 */
export function requiredText(max: number, messages: { required: string; tooLong: string }): FormRule[] {
  return [{ required: true, whitespace: true, message: messages.required }, ...optionalText(max, messages.tooLong)];
}

export function optionalText(max: number, tooLong: string): FormRule[] {
  return [
    {
      validator: async (_rule, value: unknown) => {
        if (typeof value === "string" && trimmedLength(value) > max) throw new Error(tooLong);
      },
    },
  ];
}

/** What a refused field shows: the common text of its constraint, else the refusal's own reason text. */
function fieldText(constraint: string, failure: GraphFailure, locale: Locale): string {
  const reason = constraint === "isNotEmpty" ? "TEXT_BLANK" : constraint === "maxLength" ? "TEXT_TOO_LONG" : undefined;
  return reasonText(reason, locale) ?? failure.title;
}

/**
 * Marks the fields the graph refused (`extensions.fields`) on the form, by the server's field name mapped to
 * the form's (`{ submitterId: "submitter" }`); fields the form does not show stay in the error above the button.
 */
export function markRefusedFields<Values>(
  form: FormInstance<Values>,
  failure: GraphFailure,
  locale: Locale,
  formNames: Readonly<Record<string, string>>,
): void {
  const marked = refusedFields(failure)
    .filter(({ name }) => formNames[name] !== undefined)
    .map(({ name, constraint }) => ({ name: formNames[name]!, errors: [fieldText(constraint, failure, locale)] }));
  if (marked.length > 0) form.setFields(marked as Parameters<FormInstance<Values>["setFields"]>[0]);
}
