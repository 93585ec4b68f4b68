// Operations for the fuzz test, generated from the live schema with a seeded generator: a root field with
// hostile arguments (as literals or as variables, some declared with the wrong type), a random selection
// (now and then nested past the depth limit), aliases (now and then past the alias limit).
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { pick, pickWeighted, type Random } from "@dongting/subgraph-kit/seed";
import { literal } from "./api-schema.js";
import { minimalArguments, type ArgumentContext } from "./arguments.js";
import { hostileValue, type FuzzIds } from "./fuzz-values.js";

export interface FuzzOperation {
  kind: "query" | "mutation";
  /** The root field and the response keys it answers under. */
  field: string;
  keys: string[];
  document: string;
  variables: Record<string, unknown>;
}

/** Variable types declared instead of the argument's own: a mismatch the validation must refuse cleanly. */
const WRONG_TYPES = ["String", "Int", "Boolean", "[ID!]!", "DateTime!", "Float"];

class Builder {
  private readonly declarations: string[] = [];
  readonly variables: Record<string, unknown> = {};
  /** Fields left to select: bounds the document however deep it nests. */
  private budget = 40;

  constructor(
    private readonly random: Random,
    private readonly ids: FuzzIds,
  ) {}

  get header(): string {
    return this.declarations.length ? `(${this.declarations.join(", ")})` : "";
  }

  /**
   * Arguments for `field`: each hostile, or (given `valid` ones) valid but for one argument or one input
   * field, so the hostile value travels past validation into the service with the rest well formed.
   */
  args(field: GraphQLField<unknown, unknown>, valid?: Record<string, unknown>): string {
    const parts: string[] = [];
    const spoilt = valid ? pick(this.random, field.args as GraphQLArgument[]) : undefined;
    for (const arg of field.args as GraphQLArgument[]) {
      const required = isNonNullType(arg.type);
      if (valid ? !(arg.name in valid) && arg !== spoilt : this.random() > (required ? 0.97 : 0.4)) continue;
      const value = valid && arg !== spoilt ? valid[arg.name] : this.spoil(arg, valid?.[arg.name]);
      if (this.random() < 0.25) {
        const name = `v${this.declarations.length}`;
        const declared = this.random() < 0.15 ? pick(this.random, WRONG_TYPES) : String(arg.type);
        this.declarations.push(`$${name}: ${declared}`);
        this.variables[name] = value;
        parts.push(`${arg.name}: $${name}`);
      } else parts.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  /** A hostile value for `arg`; for a valid input object, the object with one field made hostile. */
  private spoil(arg: GraphQLArgument, validValue: unknown): unknown {
    const type = getNullableType(arg.type);
    if (!isInputObjectType(type) || !validValue || typeof validValue !== "object") return hostileValue(this.random, arg.type, this.ids);
    const field = pick(this.random, Object.values(type.getFields()));
    return { ...validValue, [field.name]: hostileValue(this.random, field.type, this.ids) };
  }

  selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named) || !isObjectType(named)) return "";
    const fields = Object.values(named.getFields());
    const wanted = depth > 3 ? 1 : 1 + Math.floor(this.random() * 3);
    const chosen: string[] = [];
    const objects = fields.filter((field) => isObjectType(getNamedType(field.type)));
    const leaves = fields.filter((field) => !isObjectType(getNamedType(field.type)));
    for (let i = 0; i < wanted && this.budget > 0; i++) {
      const goDeeper = depth > 0 && objects.length > 0 && (leaves.length === 0 || this.random() < (depth > 3 ? 0.9 : 0.5));
      if (!goDeeper && leaves.length === 0) break;
      const field = pick(this.random, goDeeper ? objects : leaves);
      this.budget -= 1;
      const alias = this.random() < 0.05 ? `a${this.budget}: ` : "";
      const below = goDeeper ? this.selection(field.type, depth - 1) : "";
      chosen.push(`${alias}${field.name}${this.args(field)}${below ? ` ${below}` : ""}`);
    }
    return `{ ${chosen.length ? chosen.join(" ") : "__typename"} }`;
  }
}

/** Operation `index` of the run: the same for the same generator state on every machine. */
export function generateOperation(
  random: Random,
  schema: GraphQLSchema,
  ids: FuzzIds,
  index: number,
  context: ArgumentContext,
): FuzzOperation {
  const kind = random() < 0.35 ? "mutation" : "query";
  const root = kind === "mutation" ? schema.getMutationType()! : schema.getQueryType()!;
  const field = pick(random, Object.values(root.getFields()));
  const builder = new Builder(random, ids);
  const depth = pickWeighted(random, [
    [1, 3],
    [3, 4],
    [6, 2],
    [16, 1],
  ] as const);
  const copies = kind === "query" && random() < 0.12 ? pick(random, [2, 5, 15, 16, 30]) : 1;
  const aliased = copies > 1 || random() < 0.1;
  const args = builder.args(field, random() < 0.5 ? validArguments(field, context) : undefined);
  const keys: string[] = [];
  const selections: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const key = aliased ? `k${copy}` : field.name;
    keys.push(key);
    const below = builder.selection(field.type, depth);
    selections.push(`${aliased ? `${key}: ` : ""}${field.name}${args}${below ? ` ${below}` : ""}`);
  }
  const document = `${kind} Fuzz${index}${builder.header} { ${selections.join(" ")} }`;
  return { kind, field: field.name, keys, document, variables: builder.variables };
}

function validArguments(field: GraphQLField<unknown, unknown>, context: ArgumentContext): Record<string, unknown> | undefined {
  try {
    return minimalArguments(field, context);
  } catch {
    return undefined; // an id no sample names
  }
}
