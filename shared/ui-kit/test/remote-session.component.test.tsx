import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useRemoteSession } from "../src/RemoteRoot";
import type { Viewer } from "../src/remote-props";

const tokenOnly: Viewer = {
  personId: "00000000-0000-4000-8000-000000000002",
  roles: ["COMMUNITY_STAFF"],
  grants: [{ role: "COMMUNITY_STAFF", scopeKind: "COMMUNITY", scopeId: "00000000-0000-4000-8000-0000000000c1" }],
};
// What the shell knows once its viewer query answers: the same identity, with the scope's name and communities.
const resolved: Viewer = {
  ...tokenOnly,
  grants: [{ ...tokenOnly.grants![0], scopeName: "东亭社区", communityIds: ["00000000-0000-4000-8000-0000000000c1"] }],
  communities: [{ id: "00000000-0000-4000-8000-0000000000c1", code: "DT", name: "东亭社区" } as never],
};

describe("useRemoteSession", () => {
  it("takes the shell's fuller viewer of the same identity, keeping the identity's client", () => {
    const getToken = () => null;
    const { result, rerender } = renderHook(
      (viewer: Viewer) => useRemoteSession({ graphqlUrl: "http://127.0.0.1:1/graphql", getToken, viewer }),
      {
        initialProps: tokenOnly,
      },
    );
    const first = result.current;
    rerender({ ...tokenOnly });
    expect(result.current.viewer).toBe(first.viewer);
    rerender(resolved);
    expect(result.current.viewer.grants?.[0].scopeName).toBe("东亭社区");
    expect(result.current.viewer.communities).toHaveLength(1);
    expect(result.current.client).toBe(first.client);
  });

  it("gives another identity a new client", () => {
    const getToken = () => null;
    const { result, rerender } = renderHook(
      (viewer: Viewer) => useRemoteSession({ graphqlUrl: "http://127.0.0.1:1/graphql", getToken, viewer }),
      {
        initialProps: tokenOnly,
      },
    );
    const first = result.current.client;
    rerender({ ...tokenOnly, personId: "00000000-0000-4000-8000-000000000004" });
    expect(result.current.client).not.toBe(first);
  });
});
