/**
 * `npm start`'s server: serves the built site (dist/) the way a real host should, with the
 * caching headers of ./cache-policy.ts, ETags, correct types for .wasm and .mjs, and the
 * cross-origin isolation headers.
 *
 *   node --import tsx scripts/serve.ts [--port 4173] [--host 127.0.0.1] [--base /trainer/]
 *                                      [--no-isolation] [--dir dist]
 *
 * `--base` serves the site under a sub-path (anything else is 404), `--no-isolation` leaves out
 * COOP/COEP, as GitHub Pages does: both are how the tests try other hosts.
 */
import { createServer } from "node:http";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { cacheControlFor } from "./cache-policy.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4173" },
    host: { type: "string", default: "127.0.0.1" },
    base: { type: "string", default: "/" },
    dir: { type: "string", default: "dist" },
    "no-isolation": { type: "boolean", default: false },
  },
});

const base = `/${values.base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const isolation = !values["no-isolation"];

const files = sirv(resolve(values.dir), {
  etag: true,
  dotfiles: false,
  setHeaders(res, pathname) {
    res.setHeader("Cache-Control", cacheControlFor(pathname.replace(/^\//, "")));
    if (pathname.endsWith(".wasm")) res.setHeader("Content-Type", "application/wasm");
    if (pathname.endsWith(".mjs")) res.setHeader("Content-Type", "text/javascript");
  },
});

const server = createServer((req, res) => {
  if (isolation) {
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
  }
  const url = req.url ?? "/";
  if (url === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!url.startsWith(base)) {
    res.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: the site is at ${base}\n`);
    return;
  }
  req.url = url.slice(base.length - 1);
  files(req, res, () => {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found\n");
  });
});

server.listen(Number(values.port), values.host, () => {
  const headers = isolation ? "with isolation headers" : "without isolation headers";
  console.log(`Interleave on http://${values.host}:${values.port}${base} (${headers})`);
});
