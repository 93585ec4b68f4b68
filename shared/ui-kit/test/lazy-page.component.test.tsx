import { Suspense } from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { lazyPage } from "../src/lazy-page";

function Greeting({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

describe("lazyPage", () => {
  it("renders the module's named export once it has loaded, with the props given", async () => {
    let loads = 0;
    const LazyGreeting = lazyPage(async () => {
      loads += 1;
      return { Greeting, Other: () => null };
    }, "Greeting");
    render(
      <Suspense fallback={<p>加载中</p>}>
        <LazyGreeting name="东亭" />
        <LazyGreeting name="社区" />
      </Suspense>,
    );
    expect(screen.getByText("加载中")).toBeTruthy();
    expect(await screen.findByText("你好，东亭")).toBeTruthy();
    expect(screen.getByText("你好，社区")).toBeTruthy();
    expect(loads).toBe(1);
  });
});
