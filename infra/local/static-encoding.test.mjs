// Which precompressed sibling the local static server sends (static-encoding.mjs).
// Run: node --test infra/local/static-encoding.test.mjs
import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { chooseEncoding } from "./static-encoding.mjs";

const FILE = "/dist/assets/index-abc.js";
const both = (path) => path === `${FILE}.br` || path === `${FILE}.gz`;
const gzipOnly = (path) => path === `${FILE}.gz`;
const none = () => false;
const br = { coding: "br", path: `${FILE}.br` };
const gzip = { coding: "gzip", path: `${FILE}.gz` };

describe("chooseEncoding", () => {
  it("prefers brotli when the browser accepts it and the build wrote it", () => {
    assert.deepEqual(chooseEncoding("gzip, deflate, br, zstd", FILE, both), br);
  });

  it("sends gzip to a client without brotli, or when only the .gz sibling exists", () => {
    assert.deepEqual(chooseEncoding("gzip, deflate", FILE, both), gzip);
    assert.deepEqual(chooseEncoding("br, gzip", FILE, gzipOnly), gzip);
  });

  it("falls back to the plain file with no accept-encoding, no sibling or nothing acceptable", () => {
    assert.equal(chooseEncoding(undefined, FILE, both), null);
    assert.equal(chooseEncoding("", FILE, both), null);
    assert.equal(chooseEncoding("br, gzip", FILE, none), null);
    assert.equal(chooseEncoding("identity, deflate", FILE, both), null);
  });

  it("honours q=0 refusals and the * wildcard", () => {
    assert.deepEqual(chooseEncoding("br;q=0, gzip;q=0.5", FILE, both), gzip);
    assert.deepEqual(chooseEncoding("BR;Q=0, *", FILE, both), gzip);
    assert.deepEqual(chooseEncoding("*", FILE, both), br);
    assert.equal(chooseEncoding("*;q=0", FILE, both), null);
  });
});
