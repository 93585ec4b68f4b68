import "reflect-metadata";
import type { ClassType } from "./class-type.js";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { buildSchema, createResolversMap, type AuthCheckerFn, type NonEmptyArray } from "type-graphql";
import { readOnlyIntegrators, roleAuthChecker, type ViewerContext } from "./auth.js";
import { applyReadPolicy, entityGrantees, fieldRule, guardReference, type ReadPolicy } from "./read-policy.js";
import { DateTimeScalar } from "./scalars.js";
import { refuseNulCharacters, validateArgument } from "./validation.js";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])\n';

/*
 * Apollo Server's cache-control hints (`@Directive("@cacheControl(maxAge: 60, scope: PUBLIC)")` on a type or
 * field): each subgraph answers a `Cache-Control` header from them and the gateway's response cache keeps PUBLIC
 * answers (gateway/src/response-cache.ts). The scope enum is @inaccessible: it stays out of the API schema.
 */
const CACHE_CONTROL_DEFINITIONS =
  "enum CacheControlScope @inaccessible { PUBLIC PRIVATE }\n" +
  "directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION\n";

interface CacheHint {
  maxAge?: number;
  scope?: "PUBLIC" | "PRIVATE";
}
type CacheControlInfo = { cacheControl?: { setCacheHint(hint: CacheHint): void; cacheHintFromType(type: unknown): CacheHint | undefined } };

/**
 * An answer that depends on who asks is never PUBLIC, whatever a type's hint says: a shared cache entry would
 * hand one viewer's answer to another (or a guarded field's value to someone the guard refuses, since a cache
 * hit skips the resolvers). Applied to every @Authorized field, every field with a read rule short of PUBLIC,
 * and every `_entities` resolution whose entity rule is short of PUBLIC; PRIVATE answers are not cached.
 */
function viewerDependent(info: unknown): void {
  (info as CacheControlInfo | undefined)?.cacheControl?.setCacheHint({ scope: "PRIVATE" });
}

const authCheckerMarkingPrivate: AuthCheckerFn<ViewerContext> = (data, roles) => {
  viewerDependent(data.info);
  return roleAuthChecker(data, roles);
};

type FieldResolver = (source: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

function markPolicyFieldsPrivate(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>, policy: ReadPolicy): void {
  for (const typeName of Object.keys(policy.types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const fieldName of Object.keys(type.getFields())) {
      const rule = fieldRule(policy, typeName, fieldName);
      const resolve = resolvers[typeName]?.[fieldName];
      if (!rule || rule.read.includes("PUBLIC") || typeof resolve !== "function") continue;
      resolvers[typeName][fieldName] = (source: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => {
        viewerDependent(info);
        return (resolve as FieldResolver)(source, args, context, info);
      };
    }
  }
}

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<ClassType>;
  orphanedTypes?: ClassType[];
  /** `{ TypeName: { __resolveReference(ref, context) } }` for each entity this subgraph resolves. */
  referenceResolvers?: Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;
  /** The service's read policy (`src/access.ts`): enforced on its fields and on `_entities`. */
  readPolicy?: ReadPolicy;
}

/**
 * type-graphql classes -> Federation 2 subgraph schema. type-graphql builds an ordinary schema with the
 * federation directives kept as AST directives; we print it, prepend the @link and hand SDL plus the
 * resolver map to @apollo/subgraph, which adds _entities/_service.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const plain = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: authCheckerMarkingPrivate,
    globalMiddlewares: [readOnlyIntegrators, refuseNulCharacters],
    authMode: "error",
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    skipCheck: true,
    emitSchemaFile: false,
  });
  const sdl = printSchemaWithDirectives(plain);
  const resolvers = createResolversMap(plain) as Record<string, object>;
  if (options.readPolicy) {
    applyReadPolicy(plain, resolvers as Record<string, Record<string, unknown>>, options.readPolicy);
    markPolicyFieldsPrivate(plain, resolvers as Record<string, Record<string, unknown>>, options.readPolicy);
  }
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    const guarded = guardReference(options.readPolicy, typeName, reference.__resolveReference);
    const grantees = options.readPolicy ? entityGrantees(options.readPolicy, typeName) : undefined;
    const publicEntity = !grantees || grantees.includes("PUBLIC");
    const __resolveReference = (ref: unknown, context: any, info?: GraphQLResolveInfo) => {
      if (!publicEntity) viewerDependent(info);
      // `_entities` takes the hint of the types it resolves; one without a hint must not ride on another's.
      const cacheControl = (info as CacheControlInfo | undefined)?.cacheControl;
      if (cacheControl && info && !cacheControl.cacheHintFromType(info.schema.getType(typeName))?.maxAge) {
        cacheControl.setCacheHint({ maxAge: 0 });
      }
      return guarded(ref, context);
    };
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference };
  }
  return buildSubgraphSchema({ typeDefs: gql(FEDERATION_LINK + CACHE_CONTROL_DEFINITIONS + sdl), resolvers: resolvers as any });
}
