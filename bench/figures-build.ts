/**
 * The production build's JavaScript (owner: perf): what the browser must fetch before the first
 * screen (the entry script and the modules it preloads, as index.html names them) and in total,
 * gzip-compressed as a server would send it. Pyodide's own loader (pyodide.asm.mjs) is counted
 * in the total, not before the first screen: the worker fetches it after the page is shown.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { Benchmark, Figure } from "./table";

export interface BuildContext {
  /** The production build (dist/). */
  dir: string;
}

const gzipKb = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.(m?js)$/.test(name) ? [path] : [];
  });
}

export const buildFigures: Benchmark<BuildContext> = {
  name: "build",
  owner: "perf",
  measure({ dir }): Promise<Figure[]> {
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const named = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.m?js)"/g)].map(
      (m) => join(dir, m[1]!.replace(/^\.?\//, "")),
    );
    const first = named.reduce((kb, f) => kb + gzipKb(f), 0);
    const all = jsFiles(dir);
    const total = all.reduce((kb, f) => kb + gzipKb(f), 0);
    return Promise.resolve([
      {
        id: "build.js-first-screen",
        label: "JS before the first screen (gzip)",
        host: "build",
        value: first,
        unit: "KB",
        note: named.map((f) => relative(dir, f)).join(", "),
      },
      {
        id: "build.js-total",
        label: "JS in total (gzip)",
        host: "build",
        value: total,
        unit: "KB",
        note: `${all.length} files, Pyodide's loader and the editor's workers included`,
      },
    ]);
  },
};
