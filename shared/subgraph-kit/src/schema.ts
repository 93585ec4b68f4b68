import "reflect-metadata";
import type { ClassType } from "./class-type.js";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema } from "graphql";
import { gql } from "graphql-tag";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { readOnlyIntegrators, roleAuthChecker } from "./auth.js";
import { applyReadPolicy, guardReference, type ReadPolicy } from "./read-policy.js";
import { DateTimeScalar } from "./scalars.js";
import { refuseNulCharacters, validateArgument } from "./validation.js";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' +
  'import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])\n';

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
    authChecker: roleAuthChecker,
    globalMiddlewares: [readOnlyIntegrators, refuseNulCharacters],
    authMode: "error",
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    skipCheck: true,
    emitSchemaFile: false,
  });
  const sdl = printSchemaWithDirectives(plain);
  const resolvers = createResolversMap(plain) as Record<string, object>;
  if (options.readPolicy) applyReadPolicy(plain, resolvers as Record<string, Record<string, unknown>>, options.readPolicy);
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    const __resolveReference = guardReference(options.readPolicy, typeName, reference.__resolveReference);
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference };
  }
  return buildSubgraphSchema({ typeDefs: gql(FEDERATION_LINK + sdl), resolvers: resolvers as any });
}
