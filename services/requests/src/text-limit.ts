import { ValidateBy, type ValidationOptions } from "class-validator";
import { trimmedLength } from "@dongting/domain/requests";

/**
 * class-validator's `maxLength` as the service counts it: code points of the trimmed text, so the input
 * type refuses exactly what the service would (a padded 80-character title passes both). Blank text is
 * the service's to refuse (TEXT_BLANK).
 */
export function TextLimit(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "maxLength",
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== "string" || trimmedLength(value) <= max,
        defaultMessage: (args) => `${args?.property ?? "text"} must be at most ${max} characters`,
      },
    },
    options,
  );
}
