import {
  defaultFieldResolver,
  getNullableType,
  GraphQLError,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
} from "graphql";
import { hasAnyRole, isAnonymous, isIntegrator, type Role, type Viewer } from "./auth.js";
import { forbidden, unauthenticated } from "./errors.js";
import { reachOf, reaches, type Place } from "./scope.js";
import type { SubgraphContext } from "./subgraph-server.js";

/**
 * Who may read something: a role, everyone (`PUBLIC`, signed in or not), anyone signed in (`SIGNED_IN`), or
 * the name of a relation between the viewer and the object being read (`self`, `submitter`, ...), which the
 * policy defines. ADMIN reads everything a policy lets any role read; INTEGRATOR only what names it.
 */
export type Grantee = Role | "PUBLIC" | "SIGNED_IN" | `${Lowercase<string>}`;

/** Is `viewer` related to `object` (e.g. the person themself, the request's submitter)? */
export type Relation = (object: any, viewer: Viewer, context: SubgraphContext) => boolean | Promise<boolean>;

export interface FieldRule {
  /** Who sees the value as it is. */
  read: readonly Grantee[];
  /** Who sees `mask(value)` instead (e.g. a masked phone number); everyone else is denied. */
  masked?: { to: readonly Grantee[]; mask: (value: any) => unknown };
  /**
   * What a denied reader gets. Default: the field's error (FORBIDDEN, UNAUTHENTICATED for anonymous), so a
   * nullable field answers null with one error on its path. `redact`: a non-null text comes back as
   * REDACTED_TEXT (free text the contract keeps non-null, which often holds names and phone numbers).
   */
  whenDenied?: "error" | "redact";
  /** Record each full read by someone other than the subject (see SensitiveRead). */
  audit?: { subjectId: (object: any) => string | null };
}

export interface TypeRule {
  /**
   * A type holding personal data: every field not listed in `fields` is denied to everyone (default deny),
   * and `_entities` of the type follows `entity`.
   */
  personal?: boolean;
  /** Who may resolve the type by reference (`_entities`); default: the read rule of its `id` field, else SIGNED_IN. */
  entity?: readonly Grantee[];
  /**
   * Where an object of the type belongs. When given, a role grantee reads it only where the viewer holds
   * that role (a grid leader's rights end at the grid's edge); relations and SIGNED_IN/PUBLIC are unscoped.
   */
  place?: (object: any, context: SubgraphContext) => Place | null | Promise<Place | null>;
  fields: Record<string, FieldRule | readonly Grantee[]>;
}

export interface ReadPolicy {
  relations?: Record<string, Relation>;
  types: Record<string, TypeRule>;
}

/** The text a denied reader gets in place of free text the contract keeps non-null. */
export const REDACTED_TEXT = "【已隐藏】";

/** One full read of a person's sensitive field by someone else, recorded by the owning subgraph. */
export interface SensitiveRead {
  actorId: string | null;
  subjectId: string;
  field: string;
  operation: string | null;
}

const asRule = (rule: FieldRule | readonly Grantee[]): FieldRule => (Array.isArray(rule) ? { read: rule } : (rule as FieldRule));

async function grants(
  grantees: readonly Grantee[],
  policy: ReadPolicy,
  object: unknown,
  context: SubgraphContext,
  typeRule?: TypeRule,
): Promise<boolean> {
  const viewer = context.viewer;
  let place: Promise<Place | null> | undefined;
  const inScope = async (role: Role): Promise<boolean> => {
    if (!typeRule?.place) return true;
    place ??= Promise.resolve(object ? typeRule.place(object, context) : null);
    return reaches(await reachOf(context, [role]), await place);
  };
  for (const grantee of grantees) {
    if (grantee === "PUBLIC") return true;
    if (grantee === "SIGNED_IN" && !isAnonymous(viewer)) return true;
    if (/^[A-Z_]+$/.test(grantee)) {
      const role = grantee as Role;
      const holds = role === "INTEGRATOR" ? viewer.roles.includes("INTEGRATOR") : !isIntegrator(viewer) && hasAnyRole(viewer, [role]);
      if (holds && (await inScope(role))) return true;
      continue;
    }
    const relation = policy.relations?.[grantee];
    if (!relation) throw new Error(`read policy names an unknown relation "${grantee}"`);
    if (!isAnonymous(viewer) && !isIntegrator(viewer) && object && (await relation(object, viewer, context))) return true;
  }
  return false;
}

const denial = (context: SubgraphContext, field: string): GraphQLError =>
  isAnonymous(context.viewer)
    ? unauthenticated()
    : forbidden("FIELD_NOT_ALLOWED", `没有权限读取 ${field} (not allowed to read ${field})`, { field });

/** How one field's value reaches `context.viewer`: as it is, masked, redacted, or refused. */
export async function readField(
  policy: ReadPolicy,
  coordinate: string,
  rule: FieldRule,
  object: unknown,
  context: SubgraphContext,
  resolve: () => unknown,
  nonNullText: boolean,
  typeRule?: TypeRule,
): Promise<unknown> {
  if (await grants(rule.read, policy, object, context, typeRule)) {
    const value = await resolve();
    if (rule.audit && value !== null && value !== undefined) noteSensitiveRead(rule, coordinate, object, context);
    return value;
  }
  if (rule.masked && (await grants(rule.masked.to, policy, object, context, typeRule))) {
    const value = await resolve();
    return value === null || value === undefined ? value : rule.masked.mask(value);
  }
  if (rule.whenDenied === "redact" && nonNullText) return REDACTED_TEXT;
  throw denial(context, coordinate);
}

function noteSensitiveRead(rule: FieldRule, field: string, object: unknown, context: SubgraphContext): void {
  const subjectId = rule.audit!.subjectId(object);
  if (!subjectId || subjectId === context.viewer.personId) return;
  context.sensitiveReads.push({ actorId: context.viewer.personId, subjectId, field, operation: context.operationName ?? null });
}

const DENY_ALL: FieldRule = { read: [] };

/** The rule of `Type.field`: the listed one, deny for unlisted fields of personal types, none otherwise. */
export function fieldRule(policy: ReadPolicy, typeName: string, fieldName: string): FieldRule | undefined {
  const type = policy.types[typeName];
  if (!type) return undefined;
  const listed = type.fields[fieldName];
  if (listed) return asRule(listed);
  if (fieldName === "__typename") return undefined;
  return type.personal ? DENY_ALL : undefined;
}

/** Who may resolve `typeName` by reference through `_entities`. */
export function entityGrantees(policy: ReadPolicy, typeName: string): readonly Grantee[] | undefined {
  const type = policy.types[typeName];
  if (!type) return undefined;
  if (type.entity) return type.entity;
  const id = type.fields.id;
  return id ? asRule(id).read : ["SIGNED_IN"];
}

type FieldResolver = (source: unknown, args: unknown, context: SubgraphContext, info: unknown) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Enforces `policy` in one place for every field it covers, whether reached from a root field, a nested
 * field or `_entities`: wraps those fields' resolvers in `resolvers` (type-graphql's map of `schema`) before
 * the subgraph schema is built. Reference resolvers are wrapped by `guardReference`.
 */
export function applyReadPolicy(schema: GraphQLSchema, resolvers: ResolverMap, policy: ReadPolicy): void {
  for (const [typeName, typeRule] of Object.entries(policy.types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`read policy names a type the schema does not have: ${typeName}`);
    const fields = type.getFields();
    for (const fieldName of Object.keys(typeRule.fields)) {
      if (!fields[fieldName]) throw new Error(`read policy names a field the schema does not have: ${typeName}.${fieldName}`);
    }
    for (const [fieldName, field] of Object.entries(fields)) {
      const rule = fieldRule(policy, typeName, fieldName);
      if (!rule) continue;
      const own = (resolvers[typeName] ??= {});
      const resolveField = (typeof own[fieldName] === "function" ? own[fieldName] : defaultFieldResolver) as FieldResolver;
      const nullable = getNullableType(field.type);
      const nonNullText = isNonNullType(field.type) && isScalarType(nullable) && nullable.name === "String";
      own[fieldName] = (source: unknown, args: unknown, context: SubgraphContext, info: unknown) =>
        readField(
          policy,
          `${typeName}.${fieldName}`,
          rule,
          source,
          context,
          () => resolveField(source, args, context, info),
          nonNullText,
          typeRule,
        );
    }
  }
}

/** Wraps an entity's `__resolveReference` with the policy's entity rule (the `_entities` side door). */
export function guardReference<R, T>(
  policy: ReadPolicy | undefined,
  typeName: string,
  resolveReference: (reference: R, context: SubgraphContext) => T | Promise<T>,
): (reference: R, context: SubgraphContext) => Promise<T | null> {
  const grantees = policy ? entityGrantees(policy, typeName) : undefined;
  // A reference carries only its key: the entity rule is checked unscoped, its fields' rules in scope.
  return async (reference, context) => {
    if (grantees && !(await grants(grantees, policy!, reference, context))) throw denial(context, typeName);
    return resolveReference(reference, context);
  };
}
