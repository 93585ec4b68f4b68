/** Any class (entities, migrations, resolvers): what TypeORM and type-graphql take as "a Function". */
export type ClassType = abstract new (...args: never[]) => unknown;
