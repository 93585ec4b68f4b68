import type { FormRule } from "antd";
import type { FieldProblem, GraphFailure, Locale } from "@dongting/ui-kit";
import { NAME_MAX, nameProblem } from "@dongting/domain/organisation";
import { fieldName } from "../graph/failure";
import { t } from "../i18n";

/** An error on one of the unit form's fields, as antd's `form.setFields` takes it. */
interface FieldError {
  name: "name" | "form";
  errors: string[];
}

/** A unit's name as the graph checks it (trimmed, 1..NAME_MAX characters), worded for the form. */
export function unitNameRules(locale: Locale): FormRule[] {
  return [
    {
      validator: (_rule, value: string | undefined) => {
        const problem = nameProblem(value ?? "");
        if (problem === "TEXT_BLANK") return Promise.reject(new Error(t(locale, "nameRequired")));
        if (problem === "TEXT_TOO_LONG") return Promise.reject(new Error(t(locale, "nameTooLong", { max: NAME_MAX })));
        return Promise.resolve();
      },
    },
  ];
}

function nameErrorText(problem: FieldProblem, failure: GraphFailure, locale: Locale): string {
  if (problem.constraint === "maxLength" || failure.reason === "TEXT_TOO_LONG") return t(locale, "nameTooLong", { max: NAME_MAX });
  if (problem.constraint === "isNotEmpty" || failure.reason === "TEXT_BLANK") return t(locale, "nameRequired");
  return failure.title;
}

/** The server's refused fields (`extensions.fields`) that this form shows, each with its text. */
export function unitFieldErrors(failure: GraphFailure, locale: Locale): FieldError[] {
  return failure.fields.flatMap((problem): FieldError[] => {
    const name = fieldName(problem);
    if (name === "name") return [{ name, errors: [nameErrorText(problem, failure, locale)] }];
    if (name === "form") return [{ name, errors: [failure.title] }];
    return [];
  });
}
