/**
 * The built site's server, as a real host should serve it: the caching headers of
 * ./cache-policy.ts, ETags, correct types for .wasm and .mjs, the cross-origin isolation headers
 * (unless `isolation` is false, as on GitHub Pages), and the site under `base` only. `npm start`
 * (./serve.ts) and the benchmarks (bench/) both serve through it, so what is measured is what a
 * learner gets.
 */
import { createServer, type Server } from "node:http";
import { resolve } from "node:path";
import sirv from "sirv";
import { cacheControlFor } from "./cache-policy.ts";

export interface SiteOptions {
  /** The folder to serve (the build, dist/). */
  dir: string;
  /** The path the site lives under ("/" or "/trainer/"); anything else is 404. */
  base?: string;
  /** Send COOP/COEP (default true). */
  isolation?: boolean;
}

/** "/trainer" or "trainer/" -> "/trainer/"; "" -> "/". */
export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
}

export function createSiteServer({ dir, base = "/", isolation = true }: SiteOptions): Server {
  const root = normaliseBase(base);
  const files = sirv(resolve(dir), {
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader("Cache-Control", cacheControlFor(pathname.replace(/^\//, "")));
      if (pathname.endsWith(".wasm")) res.setHeader("Content-Type", "application/wasm");
      if (pathname.endsWith(".mjs")) res.setHeader("Content-Type", "text/javascript");
    },
  });
  return createServer((req, res) => {
    if (isolation) {
      res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    }
    const url = req.url ?? "/";
    if (url === root.slice(0, -1)) {
      res.writeHead(301, { Location: root }).end();
      return;
    }
    if (!url.startsWith(root)) {
      res
        .writeHead(404, { "Content-Type": "text/plain" })
        .end(`Not found: the site is at ${root}\n`);
      return;
    }
    req.url = url.slice(root.length - 1);
    files(req, res, () => {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found\n");
    });
  });
}

/** Starts the site's server on 127.0.0.1 at a free port; resolves with its URL (ending in base). */
export async function listenOnFreePort(
  options: SiteOptions,
): Promise<{ url: string; server: Server }> {
  const server = createSiteServer(options);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}${normaliseBase(options.base ?? "/")}`, server };
}
