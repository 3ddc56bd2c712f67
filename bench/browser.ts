/**
 * The engine's Chromium figures: builds bench/browser/ with Vite (the engine in a page, as the
 * worker runs it), serves it with the isolation headers, and collects the `FIGURE <json>` lines
 * the page logs.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "@playwright/test";
import { build } from "vite";
import { listenOnFreePort } from "../scripts/site-server";
import type { Figure } from "./table";

const root = resolve(import.meta.dirname, "..");

export async function enginePageFigures(browser: Browser): Promise<Figure[]> {
  const out = mkdtempSync(join(tmpdir(), "interleave-bench-"));
  await build({
    root: join(root, "bench/browser"),
    base: "./",
    logLevel: "error",
    configFile: false,
    build: { outDir: out, emptyOutDir: true, target: "es2022" },
    optimizeDeps: { exclude: ["pyodide"] },
  });
  const pyodideDir = join(root, "node_modules/pyodide");
  for (const f of [
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
    "pyodide.mjs",
  ]) {
    cpSync(join(pyodideDir, f), join(out, "pyodide", f));
  }
  const { url, server } = await listenOnFreePort({ dir: out });
  const figures: Figure[] = [];
  try {
    const page = await browser.newPage();
    const done = new Promise<void>((resolveDone) => {
      page.on("console", (m) => {
        const text = m.text();
        if (text === "BENCH DONE") resolveDone();
        else if (text.startsWith("FIGURE ")) figures.push(JSON.parse(text.slice(7)) as Figure);
        else if (text.startsWith("benchmark failed")) console.error(`chromium: ${text}`);
      });
    });
    await page.goto(url);
    await done;
    await page.close();
  } finally {
    server.close();
  }
  return figures;
}
