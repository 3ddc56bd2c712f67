/**
 * The production build's JavaScript (owner: perf): what the browser must fetch before the first
 * screen and in total, gzip-compressed as a server would send it. Before the first screen: the
 * scripts index.html names, the app the entry loads at once (its dynamic imports: the entry only
 * starts Python and then loads the app, src/main.tsx) and every module those import statically;
 * not the chunks the app loads later (the editor, the authoring page, each exercise). Pyodide's own loader (pyodide.asm.mjs) is counted
 * in the total, not before the first screen: the worker fetches it after the page is shown.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
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

/** The chunks `file` imports statically, and also dynamically if `dynamic` (paths in dist/). */
function importsOf(file: string, dynamic: boolean): string[] {
  const code = readFileSync(file, "utf8");
  const quoted = "[\"'`](\\.\\.?/[^\"'`]+\\.m?js)[\"'`]";
  const patterns = [new RegExp(`(?:\\bfrom|\\bimport)\\s*${quoted}`, "g")];
  if (dynamic) patterns.push(new RegExp(`\\bimport\\(\\s*${quoted}\\s*\\)`, "g"));
  return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => join(dirname(file), m[1]!)));
}

/** The entries, the chunks they load dynamically, and everything those import statically. */
function firstScreenFiles(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string, dynamic: boolean): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file, dynamic)) visit(next, false);
  };
  for (const entry of entries) visit(entry, true);
  return [...seen];
}

export const buildFigures: Benchmark<BuildContext> = {
  name: "build",
  owner: "perf",
  measure({ dir }): Promise<Figure[]> {
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const named = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.m?js)"/g)].map(
      (m) => join(dir, m[1]!.replace(/^\.?\//, "")),
    );
    const needed = firstScreenFiles(named);
    const first = needed.reduce((kb, f) => kb + gzipKb(f), 0);
    const all = jsFiles(dir);
    const total = all.reduce((kb, f) => kb + gzipKb(f), 0);
    const script = named.reduce((kb, f) => kb + gzipKb(f), 0);
    return Promise.resolve([
      {
        id: "build.js-first-script",
        label: "JS before the Python worker starts (gzip)",
        host: "build",
        value: script,
        unit: "KB",
        note: `the scripts index.html names: ${named.map((f) => relative(dir, f)).join(", ")}`,
      },
      {
        id: "build.js-first-screen",
        label: "JS before the first screen (gzip)",
        host: "build",
        value: first,
        unit: "KB",
        note: needed.map((f) => relative(dir, f)).join(", "),
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
