/**
 * Makes the memory snapshot the site ships (src/worker/shipped-snapshot.ts), in headless Chromium:
 * builds ./index.html (a page whose worker runs the app worker's own loader and the engine's own
 * snapshot step), serves it with the isolation headers, and takes the result. Kept in
 * node_modules/.cache/interleave/, keyed by everything the snapshot is made of (Pyodide's version,
 * the runtime's files, the engine's and the worker's sources, this folder), so a build makes it
 * only when one of them changed.
 *
 * A machine without Chromium builds a site without a shipped snapshot: the app then makes one on
 * the first visit, as it did before (slower, still correct).
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { chromium } from "@playwright/test";
import { build } from "vite";
import { pruneKept } from "../../src/engine/kept-cache.ts";
import { chromiumLaunchOptions } from "../chromium.ts";
import { listenOnFreePort } from "../site-server.ts";
import { copyPyodideAssets } from "../vite-plugin-pyodide.ts";
import type { PageResult } from "./page.ts";

export interface ShippedSnapshot {
  /** The snapshot, gzip-compressed. */
  gzip: Buffer;
  /** Its size decompressed. */
  bytes: number;
  /** Where it was made (src/worker/snapshot-environment.ts). */
  environment: string;
  /** The hash of what it is made of. */
  key: string;
}

/** Every file below `dir` (recursively) whose name ends with one of `exts`. */
function filesUnder(dir: string, exts: string[]): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return name === "__pycache__" || name === "tests" ? [] : filesUnder(path, exts);
      return exts.some((e) => name.endsWith(e)) ? [path] : [];
    });
}

/** The hash of everything the snapshot is made of. */
export function snapshotInputsKey(root: string): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(root, "node_modules/pyodide/package.json")));
  const inputs = [
    ...filesUnder(join(root, "runtime/interleave"), [".py"]),
    ...filesUnder(join(root, "runtime/shims"), [".py"]),
    ...filesUnder(join(root, "src/engine"), [".ts"]),
    ...filesUnder(join(root, "src/worker"), [".ts"]),
    ...filesUnder(join(root, "scripts/snapshot"), [".ts", ".html"]),
  ].filter((f) => !f.endsWith(".test.ts"));
  for (const file of inputs)
    hash.update(`${relative(root, file)}\0${readFileSync(file, "utf8")}\0`);
  return hash.digest("hex");
}

async function makeInChromium(root: string): Promise<Omit<ShippedSnapshot, "key">> {
  const out = mkdtempSync(join(tmpdir(), "interleave-snapshot-"));
  try {
    await build({
      root,
      base: "/",
      logLevel: "error",
      configFile: false,
      build: {
        outDir: out,
        emptyOutDir: true,
        target: "es2022",
        rollupOptions: { input: join(root, "scripts/snapshot/index.html") },
      },
      worker: { format: "es" },
      optimizeDeps: { exclude: ["pyodide"] },
    });
    copyPyodideAssets(join(out, "pyodide"));
    const { url, server } = await listenOnFreePort({ dir: out });
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await browser.newPage();
      await page.goto(`${url}scripts/snapshot/index.html`);
      const result = await page.evaluate(
        () =>
          (window as unknown as { __snapshot: Promise<PageResult & { base64?: string }> })
            .__snapshot,
      );
      if ("error" in result) throw new Error(result.error);
      return {
        gzip: Buffer.from(result.base64 ?? "", "base64"),
        bytes: result.bytes,
        environment: result.environment,
      };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The snapshot to ship: from the cache, or made now; null (and why) if it cannot be made. */
export async function shippedSnapshot(root: string): Promise<ShippedSnapshot | { failed: string }> {
  const key = snapshotInputsKey(root);
  const cache = join(root, "node_modules/.cache/interleave");
  const gzipPath = join(cache, `shipped-${key.slice(0, 16)}.gz`);
  const metaPath = `${gzipPath}.json`;
  if (existsSync(gzipPath) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, "utf8")) as {
      bytes: number;
      environment: string;
    };
    return { gzip: readFileSync(gzipPath), ...meta, key };
  }
  let made: Omit<ShippedSnapshot, "key">;
  try {
    made = await makeInChromium(root);
  } catch (e) {
    return { failed: e instanceof Error ? e.message.split("\n")[0]! : String(e) };
  }
  try {
    mkdirSync(cache, { recursive: true });
    writeFileSync(gzipPath, made.gzip);
    writeFileSync(metaPath, JSON.stringify({ bytes: made.bytes, environment: made.environment }));
    pruneKept(cache, /^shipped-[0-9a-f]+\.gz$/, undefined, (file) => [`${file}.json`]);
  } catch {
    // Keeping it only saves the next build the time.
  }
  return { ...made, key };
}
