// @ts-check
// Runs before every component test: unmounts what the test rendered, and gives happy-dom the browser
// APIs antd measures with (matchMedia, ResizeObserver, getComputedStyle on pseudo-elements).
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

if (!window.matchMedia) {
  window.matchMedia = (query) =>
    /** @type {MediaQueryList} */ ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    });
}
