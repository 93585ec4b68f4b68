import { ValidateBy, buildMessage, type ValidationOptions } from "class-validator";
import { InputValidationError } from "@dongting/subgraph-kit";
import { SEARCH_MAX, trimmedLength } from "@dongting/domain/organisation";

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

/**
 * A search term as the graph caps it: at most SEARCH_MAX characters once trimmed, else BAD_USER_INPUT
 * INVALID_INPUT naming the argument, as class-validator refuses an input field.
 */
export function checkSearch(argument: string, search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  if (trimmedLength(search) > SEARCH_MAX) {
    throw new InputValidationError([
      { field: argument, constraint: "maxLength", message: `${argument} must be at most ${SEARCH_MAX} characters once trimmed` },
    ]);
  }
  return search;
}
