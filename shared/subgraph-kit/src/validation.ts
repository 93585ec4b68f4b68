import { validate, type ValidationError } from "class-validator";
import type { MiddlewareFn, ResolverData } from "type-graphql";
import { badUserInput, flattenValidation, InputValidationError } from "./errors.js";

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * The name of the argument `value` was built from, so a refusal names `input.attendees` rather than
 * `attendees`. type-graphql hands the validator the converted instance only; the argument whose raw value
 * has the same keys is the one (fields with one object argument, the usual case, match at once).
 */
function argumentName(value: object, args: Record<string, unknown>): string | undefined {
  const keysOf = (object: object) =>
    JSON.stringify(
      Object.keys(object)
        .filter((key) => (object as Record<string, unknown>)[key] !== undefined)
        .sort(),
    );
  if (keysOf(value) === keysOf(args)) return undefined; // an @ArgsType class: its fields are the arguments
  const objectArgs = Object.entries(args).filter(([, raw]) => isObject(raw));
  if (objectArgs.length === 1) return objectArgs[0][0];
  return objectArgs.find(([, raw]) => keysOf(raw as object) === keysOf(value))?.[0];
}

/**
 * type-graphql's `validateFn`: class-validator on every object argument (and each item of a list
 * argument); all failures at once, each as field + constraint, thrown as InputValidationError.
 */
export async function validateArgument(value: unknown, _type: unknown, resolverData: ResolverData<object>): Promise<void> {
  const items = (Array.isArray(value) ? value : [value]).filter(isObject);
  const failures: ValidationError[][] = await Promise.all(
    items.map((item) => validate(item, { skipMissingProperties: true, forbidUnknownValues: false })),
  );
  const fields = failures.flatMap((errors, index) => {
    if (errors.length === 0) return [];
    const name = argumentName(items[index], resolverData.args as Record<string, unknown>);
    const prefix = Array.isArray(value) && name ? `${name}.${index}` : (name ?? "");
    return flattenValidation(errors, prefix);
  });
  if (fields.length > 0) throw new InputValidationError(fields);
}

const hasNul = (value: unknown): boolean => {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === "object") return Object.values(value).some(hasNul);
  return false;
};

/**
 * type-graphql global middleware: PostgreSQL text cannot hold U+0000, so an argument carrying it is refused
 * as input (BAD_USER_INPUT) before any rule or SQL sees it, instead of failing deep in the driver.
 */
export const refuseNulCharacters: MiddlewareFn = ({ args, info }, next) => {
  if (info.parentType.name in { Query: 1, Mutation: 1 } || Object.keys(args).length > 0) {
    if (hasNul(args)) throw badUserInput("TEXT_CONTROL_CHARACTER", "文本含有不允许的控制字符 (text holds a NUL character)");
  }
  return next();
};
