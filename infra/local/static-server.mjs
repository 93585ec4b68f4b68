// Serves built micro-frontends: node static-server.mjs shell:5173 organisation:5174 ...
// One small process for all of them (vite preview costs ~110 MiB per frontend). Remotes answer CORS
// for any origin (the shell loads their modules cross-origin); unknown paths fall back to index.html.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

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
  const server = createServer((req, res) => {
    res.setHeader("access-control-allow-origin", "*");
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const index = join(file, "index.html");
      file = existsSync(index) ? index : join(dist, "index.html");
    }
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    res.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream");
    // Hashed assets may be cached; entry points and manifests must be fresh so a redeploy shows at once.
    res.setHeader("cache-control", /\/assets\//.test(file) ? "public, max-age=31536000, immutable" : "no-cache");
    createReadStream(file).pipe(res);
  });
  server.listen(port, () => console.log(`[static] ${name} on http://localhost:${port}`));
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
