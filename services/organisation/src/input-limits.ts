import { ValidateBy, buildMessage, type ValidationOptions } from "class-validator";
import { trimmedLength } from "@dongting/domain/organisation";

/**
 * `maxLength` as the services count it: code points of the trimmed text, so an input accepted here is
 * one the service's own text check (the kit's requiredText) accepts too, and " 60 汉字 " fits in 60.
 */
export function MaxTrimmedLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "maxLength",
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== "string" || trimmedLength(value) <= max,
        defaultMessage: buildMessage((each) => `${each}$property must be at most $constraint1 characters once trimmed`, options),
      },
    },
    options,
  );
}
