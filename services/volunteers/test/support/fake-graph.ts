import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** How the stand-in graph answers the holder query: as organisation would for a reader of the name, or not. */
export type HolderAnswer = "readable" | "name_forbidden" | "no_id_field";

export interface FakeGraph {
  /** The Authorization headers it was asked with, in order. */
  authorizations: string[];
  answer: HolderAnswer;
  holder: { name: string; maskedIdNumber: string | null };
  communities: Array<{ id: string; name: string }>;
}

/**
 * A stand-in for the gateway at GRAPH_URL (a standalone subgraph test has none): answers the certificate's
 * holder query and records the token each call carried, so a test sees the caller's own token was used.
 */
export function useFakeGraph(): FakeGraph {
  const fake: FakeGraph = { authorizations: [], answer: "readable", holder: { name: "刘洋", maskedIdNumber: null }, communities: [] };
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      fake.authorizations.push(String(req.headers.authorization ?? ""));
      const { query } = JSON.parse(body) as { query: string };
      res.setHeader("content-type", "application/json");
      if (fake.answer === "no_id_field" && query.includes("maskedIdNumber")) {
        res.end(JSON.stringify({ errors: [{ message: 'Cannot query field "maskedIdNumber" on type "Person".' }] }));
      } else if (fake.answer === "name_forbidden") {
        const forbidden = { message: "无权查看", path: ["person", "name"], extensions: { code: "FORBIDDEN" } };
        res.end(JSON.stringify({ data: { person: { name: null }, communities: fake.communities }, errors: [forbidden] }));
      } else {
        const person = query.includes("maskedIdNumber") ? fake.holder : { name: fake.holder.name };
        res.end(JSON.stringify({ data: { person, communities: fake.communities } }));
      }
    });
  });
  let previous: string | undefined;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    previous = process.env.GRAPH_URL;
    process.env.GRAPH_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  beforeEach(() => {
    fake.authorizations = [];
    fake.answer = "readable";
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.GRAPH_URL;
    else process.env.GRAPH_URL = previous;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return fake;
}

/** A GRAPH_URL nothing listens on (port 9 is discard; nothing answers it on a test machine). */
export const UNREACHABLE_GRAPH = "http://127.0.0.1:9/graphql";
