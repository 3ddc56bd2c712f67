/**
 * `npm run bench -- --browser`: the thread hand-off benchmark in Debian's Chromium (the goal of
 * <= 50 us per hand-off is stated for the browser). Builds bench/browser/ with Vite, serves it
 * on 127.0.0.1 with the isolation headers, and prints what the page reports.
 */
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { build } from "vite";
import { chromiumLaunchOptions } from "../scripts/chromium";

const root = resolve(import.meta.dirname, "..");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".zip": "application/zip",
};

export async function browserBench(): Promise<void> {
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
  const server = createServer((req, res) => {
    const path = join(
      out,
      decodeURIComponent((req.url ?? "/").split("?")[0]!).replace(/\/$/, "/index.html"),
    );
    try {
      const body = readFileSync(path);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const done = new Promise<void>((resolveDone) => {
      page.on("console", (m) => {
        const text = m.text();
        if (text === "BENCH DONE") resolveDone();
        else if (text.startsWith("chromium:")) console.log(text);
      });
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await done;
  } finally {
    await browser.close();
    server.close();
  }
}
