import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Link, navigate, RemoteRouter, Route, Switch } from "../src/routing";

function Pages() {
  return (
    <RemoteRouter basePath="/requests/">
      <Switch>
        <Route path="/">
          <Link href="/r/42">open 42</Link>
        </Route>
        <Route path="/r/:id">{(params) => <p>request {params.id}</p>}</Route>
        <Route>
          <p>not found</p>
        </Route>
      </Switch>
    </RemoteRouter>
  );
}

describe("one router for the shell and the remotes", () => {
  it("routes below the remote's base path and links stay inside it", async () => {
    navigate("/requests");
    render(<Pages />);
    const link = screen.getByText("open 42");
    expect(link.getAttribute("href")).toBe("/requests/r/42");
    await act(async () => link.click());
    expect(window.location.pathname).toBe("/requests/r/42");
    expect(screen.getByText("request 42")).toBeTruthy();
  });

  it("follows navigation made outside the remote (the shell's menu, the back button)", async () => {
    navigate("/requests/r/7");
    render(<Pages />);
    expect(screen.getByText("request 7")).toBeTruthy();
    await act(async () => navigate("/requests/nowhere"));
    expect(screen.getByText("not found")).toBeTruthy();
  });
});
