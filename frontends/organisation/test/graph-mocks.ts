import { GraphQLError } from "graphql";

/** A GraphQL answer refusing with `code` and a stable `reason` (and the refused input fields), as the subgraphs send it. */
export function refusedWith(code: string, reason: string, fields: Array<{ field: string; constraint: string }> = []) {
  return {
    errors: [
      new GraphQLError(`refused (${reason})`, {
        extensions: {
          code,
          reason,
          ...(fields.length > 0 ? { fields: fields.map((f) => ({ ...f, message: `${f.field} ${f.constraint}` })) } : {}),
        },
      }),
    ],
  };
}
