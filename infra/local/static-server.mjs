// Serves built micro-frontends: node static-server.mjs shell:5173 organisation:5174 ...
// One small process for all of them (vite preview costs ~110 MiB per frontend). Remotes answer CORS
// for any origin (the shell loads their modules cross-origin); unknown routes fall back to index.html,
// missing files (a path with a known file extension) are 404. JS, CSS, JSON and HTML go out as the
// build's precompressed .br/.gz sibling when the request accepts it (static-encoding.mjs).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chooseEncoding } from "./static-encoding.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

function serve(name, port) {
  const dist = join(ROOT, "frontends", name, "dist");
  if (!existsSync(join(dist, "index.html")) && !existsSync(join(dist, "remoteEntry.js"))) {
    console.error(`[static] frontends/${name}/dist is not built (pnpm build:frontends)`);
    process.exit(1);
  }
  // One process serves every frontend: a bad request must never take it down.
  const handle = (req, res) => {
    res.setHeader("access-control-allow-origin", "*");
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.statusCode = 400;
      res.end("bad request");
      return;
    }
    let file = normalize(join(dist, path));
    if (file !== dist && !file.startsWith(dist + sep)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const index = join(file, "index.html");
      // A missing asset (a stale hashed chunk, a manifest) is a 404, not the HTML page under a script's URL.
      if (!existsSync(index) && TYPES[extname(path)] && extname(path) !== ".html") file = null;
      else file = existsSync(index) ? index : join(dist, "index.html");
    }
    if (!file || !existsSync(file)) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    res.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream");
    // Hashed assets may be cached; entry points and manifests must be fresh so a redeploy shows at once.
    res.setHeader("cache-control", /\/assets\//.test(file) ? "public, max-age=31536000, immutable" : "no-cache");
    // The answer depends on accept-encoding whether or not a sibling exists, so caches must key on it.
    res.setHeader("vary", "accept-encoding");
    const encoded = chooseEncoding(req.headers["accept-encoding"], file, (path) => existsSync(path) && statSync(path).isFile());
    if (encoded) res.setHeader("content-encoding", encoded.coding);
    res.setHeader("content-length", statSync(encoded?.path ?? file).size);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(encoded?.path ?? file);
    stream.on("error", () => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
    stream.pipe(res);
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(`[static] ${name} ${req.url}: ${error.message}`);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  });
  server.on("error", (error) => {
    console.error(`[static] ${name} on port ${port}: ${error.message}`);
    process.exit(1);
  });
  // The bound port (port 0 picks a free one, as the static server's test does).
  server.listen(port, () => console.log(`[static] ${name} on http://localhost:${server.address().port}`));
  return server;
}

const servers = process.argv.slice(2).map((arg) => {
  const [name, port] = arg.split(":");
  return serve(name, Number(port));
});
const stop = () => {
  for (const server of servers) server.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
