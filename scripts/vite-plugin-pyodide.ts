/**
 * Vite plugins: the site serves Pyodide's runtime files itself, never from a CDN.
 *
 * {@link pyodideAssets} (main pipeline): in dev a middleware answers `<base>pyodide/<file>` straight
 * from node_modules/pyodide; in a build the same files are emitted as `pyodide/<file>`.
 *
 * {@link pyodideNoCdn} (main and worker pipelines): pyodide.mjs, bundled into the worker, names a
 * CDN as its default package source. It is rewritten to a relative one so no CDN address reaches
 * the browser; the worker passes `indexURL` and `packageBaseUrl` anyway, so it is never used.
 */
import { copyFileSync, createReadStream, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";

/** What loadPyodide fetches from indexURL. */
export const PYODIDE_ASSETS = [
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
] as const;

const pyodideDir = (): string =>
  dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));

/** Copies the files loadPyodide fetches into `dir` (for pages built outside the app's build). */
export function copyPyodideAssets(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PYODIDE_ASSETS) copyFileSync(join(pyodideDir(), name), join(dir, name));
}

/** The folder under the site's base that holds the assets (the worker builds indexURL from it). */
export const PYODIDE_FOLDER = "pyodide/";

const CONTENT_TYPES: Record<string, string> = {
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".json": "application/json",
};

/** The default package source in pyodide.mjs: a template literal naming the CDN. */
const CDN_DEFAULT = /`https:\/\/cdn\.jsdelivr\.net\/pyodide\/v\$\{[\w$]+\}\/full\/`/g;

/** Rewrites the CDN default in pyodide.mjs; throws if it is no longer where we expect it. */
export function stripCdnDefault(code: string): string {
  const matches = code.match(CDN_DEFAULT)?.length ?? 0;
  if (matches !== 1) {
    throw new Error(
      `pyodide.mjs: expected exactly one CDN default package URL, found ${matches}. ` +
        "Pyodide changed: update scripts/vite-plugin-pyodide.ts.",
    );
  }
  return code.replace(CDN_DEFAULT, '"./"');
}

export function pyodideAssets(): Plugin {
  const dir = pyodideDir();
  let base = "/";

  return {
    name: "interleave:pyodide-assets",
    configResolved(config) {
      // A relative base ("./") is served from "/" by the dev server.
      base = config.base.startsWith("/") ? config.base : "/";
    },
    configureServer(server) {
      const prefix = `${base}${PYODIDE_FOLDER}`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split("?")[0] ?? "";
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : "";
        if (!(PYODIDE_ASSETS as readonly string[]).includes(name)) {
          next();
          return;
        }
        const ext = name.slice(name.lastIndexOf("."));
        res.setHeader("Content-Type", CONTENT_TYPES[ext] ?? "application/octet-stream");
        res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
        res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        createReadStream(join(dir, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of PYODIDE_ASSETS) {
        this.emitFile({
          type: "asset",
          fileName: `${PYODIDE_FOLDER}${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}

/** Rewrites pyodide.mjs as it is bundled (the worker build has its own plugin list: add it there too). */
export function pyodideNoCdn(): Plugin {
  return {
    name: "interleave:pyodide-no-cdn",
    transform(code, id) {
      if (!id.split("?")[0]?.endsWith("/node_modules/pyodide/pyodide.mjs")) return null;
      return { code: stripCdnDefault(code), map: null };
    },
  };
}
