// A stand-in for organisation's GraphQL endpoint answering only the dev-token route's grants query, so the
// route's answers (stored grants, none, unknown person, organisation failing) are tested without the stack.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type StoredGrantRow = { role: string; scopeKind: string; scopeId: string | null };

/** What the fake answers for one person id: their grants, "null" (person: null), "not-found" (an error), or an HTTP status. */
export type FakeAnswer = StoredGrantRow[] | "null" | "not-found" | { status: number };

export interface SeenRequest {
  authorization: string | undefined;
  variables: Record<string, unknown>;
}

export async function startFakeOrganisation(people: Record<string, FakeAnswer>) {
  const seen: SeenRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let text = "";
    for await (const chunk of req) text += chunk;
    const { variables = {} } = JSON.parse(text || "{}") as { variables?: Record<string, unknown> };
    seen.push({ authorization: req.headers.authorization, variables });
    const answer = people[String(variables.id)] ?? "not-found";
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (answer === "null") return reply(200, { data: { person: null } });
    if (answer === "not-found") {
      return reply(200, { data: { person: null }, errors: [{ message: "no such person", extensions: { code: "NOT_FOUND" } }] });
    }
    if (!Array.isArray(answer)) return reply(answer.status, { errors: [{ message: "down" }] });
    return reply(200, { data: { person: { grants: answer } } });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
