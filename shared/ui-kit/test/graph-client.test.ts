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

describe("a refused token", () => {
  const answering =
    (status: number, body: object): typeof fetch =>
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const unauthenticated = { errors: [{ message: "Invalid token", extensions: { code: "UNAUTHENTICATED" } }] };

  it("signs out on HTTP 401 or UNAUTHENTICATED when a token was sent", async () => {
    for (const fetchImpl of [answering(401, unauthenticated), answering(200, { data: null, ...unauthenticated })]) {
      let signedOut = 0;
      const client = createGraphClient({
        graphqlUrl: "http://gateway.test/graphql",
        getToken: () => "stale-token",
        fetch: fetchImpl,
        onUnauthenticated: () => (signedOut += 1),
      });
      await expect(client.query({ query: QUERY, fetchPolicy: "network-only" })).rejects.toThrow();
      expect(signedOut).toBe(1);
    }
  });

  it("does not sign out a caller who sent no token, nor on other refusals", async () => {
    let signedOut = 0;
    const onUnauthenticated = () => (signedOut += 1);
    const anonymous = createGraphClient({
      graphqlUrl: "http://gateway.test/graphql",
      getToken: () => null,
      fetch: answering(200, { data: null, ...unauthenticated }),
      onUnauthenticated,
    });
    await expect(anonymous.query({ query: QUERY })).rejects.toThrow();
    const forbidden = createGraphClient({
      graphqlUrl: "http://gateway.test/graphql",
      getToken: () => "good-token",
      fetch: answering(200, { data: null, errors: [{ message: "no", extensions: { code: "FORBIDDEN", reason: "ROLE_NOT_ALLOWED" } }] }),
      onUnauthenticated,
    });
    await expect(forbidden.query({ query: QUERY })).rejects.toThrow();
    expect(signedOut).toBe(0);
  });
});
