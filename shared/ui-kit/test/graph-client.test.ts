import { describe, expect, it } from "vitest";
import { gql } from "@apollo/client";
import { createGraphClient } from "../src/graph-client";

const QUERY = gql`
  query Ping {
    orgRoots {
      id
      name
    }
  }
`;

/** A fetch that records what the client sends and answers one fixed GraphQL result. */
function recordingFetch() {
  const calls: { url: string; method: string; headers: Headers; body: string }[] = [];
  const impl: typeof fetch = async (input, init) => {
    calls.push({
      url: String(input),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: String(init?.body ?? ""),
    });
    return new Response(JSON.stringify({ data: { orgRoots: [{ __typename: "OrgUnit", id: "o1", name: "东亭社区党委" }] } }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { calls, impl };
}

describe("createGraphClient", () => {
  it("POSTs JSON with the current bearer token", async () => {
    const { calls, impl } = recordingFetch();
    let token: string | null = "first-token";
    const client = createGraphClient({ graphqlUrl: "http://gateway.test/graphql", getToken: () => token, fetch: impl });

    const result = await client.query({ query: QUERY, fetchPolicy: "network-only" });
    expect(result.data).toEqual({ orgRoots: [{ __typename: "OrgUnit", id: "o1", name: "东亭社区党委" }] });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("http://gateway.test/graphql");
    expect(calls[0]!.method).toBe("POST");
    expect(calls[0]!.headers.get("content-type")).toMatch(/^application\/json/);
    expect(calls[0]!.headers.get("authorization")).toBe("Bearer first-token");
    expect(JSON.parse(calls[0]!.body).operationName).toBe("Ping");

    token = "second-token";
    await client.query({ query: QUERY, fetchPolicy: "network-only" });
    expect(calls[1]!.headers.get("authorization")).toBe("Bearer second-token");
  });

  it("sends no authorization header when signed out", async () => {
    const { calls, impl } = recordingFetch();
    const client = createGraphClient({ graphqlUrl: "http://gateway.test/graphql", getToken: () => null, fetch: impl });
    await client.query({ query: QUERY });
    expect(calls[0]!.headers.has("authorization")).toBe(false);
  });
});
