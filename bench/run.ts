/**
 * `npm run bench`: the performance table of issue #14. Measures every registered benchmark
 * (registry.ts) in Node, in headless Chromium against the production build (built first) and
 * on the build's files, prints one table with each figure's goal beside it and writes it as JSON
 * (`--json PATH`, default test-results/bench.json). `--node` measures the Node figures only,
 * `--chromium` the build's and Chromium's only, `--only NAME[,NAME]` only the named benchmarks
 * (e.g. `app-startup`), `--no-build` reuses dist/ as it is.
 * Timings are wall-clock on a shared machine: each figure is a median of several runs, and a
 * ratio is taken within one benchmark, never between figures taken at different times.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { build } from "vite";
import { chromiumLaunchOptions } from "../scripts/chromium";
import { enginePageFigures } from "./browser";
import { nodeContext } from "./node-context";
import { APP, BUILD, NODE } from "./registry";
import { listenOnFreePort } from "../scripts/site-server";
import { formatTable, meets, type Benchmark, type Figure } from "./table";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const jsonAt = args.includes("--json")
  ? resolve(args[args.indexOf("--json") + 1]!)
  : join(root, "test-results/bench.json");

const only = args.includes("--only") ? args[args.indexOf("--only") + 1]!.split(",") : null;
const wanted = (name: string): boolean => only === null || only.includes(name);
/** Every name `--only` accepts: the benchmarks', not their figures' ids. */
const NAMES = ["engine-page", ...[...NODE, ...BUILD, ...APP].map((b) => b.name)];
const unknown = (only ?? []).filter((name) => !NAMES.includes(name));
if (unknown.length > 0) {
  // A figure's id (node.lock-handoff) given here used to measure nothing and print an empty table.
  console.error(`--only takes benchmark names: ${NAMES.join(", ")}; not ${unknown.join(", ")}`);
  process.exit(2);
}

/** A benchmark that fails leaves a row saying so rather than ending the table. */
async function measure<C>(b: Benchmark<C>, context: C): Promise<Figure[]> {
  try {
    return await b.measure(context);
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    console.error(`${b.name}: ${String(e)}`);
    return [
      {
        id: `${b.name}.failed`,
        label: `${b.name} (${b.owner})`,
        host: "node",
        value: null,
        unit: "",
        note: `failed: ${message}`,
      },
    ];
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const loadBefore = loadavg()[0]!;
  const log = (got: Figure[]): Figure[] => {
    for (const f of got) console.error(`${f.label}: ${f.value?.toFixed(2) ?? "n/a"} ${f.unit}`);
    return got;
  };
  if (!args.includes("--chromium") && NODE.some((n) => wanted(n.name))) {
    const node = await nodeContext();
    for (const b of NODE.filter((n) => wanted(n.name)))
      figures.push(...log(await measure(b, node)));
  }
  if (!args.includes("--node")) {
    const dist = join(root, "dist");
    if (!args.includes("--no-build")) await build({ root, logLevel: "error" });
    for (const b of BUILD.filter((n) => wanted(n.name)))
      figures.push(...log(await measure(b, { dir: dist })));
    const browser = await chromium.launch(chromiumLaunchOptions);
    // The build as `npm start` serves it, and as a host without the isolation headers does.
    const site = await listenOnFreePort({ dir: dist });
    const plain = await listenOnFreePort({ dir: dist, isolation: false });
    try {
      if (wanted("engine-page")) figures.push(...log(await enginePageFigures(browser)));
      for (const b of APP.filter((n) => wanted(n.name)))
        figures.push(...log(await measure(b, { browser, url: site.url, plainUrl: plain.url })));
    } finally {
      site.server.close();
      plain.server.close();
      await browser.close();
    }
  }
  // A shared machine: the load says how far the figures are from an idle one's.
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
  console.log(`${formatTable(figures)}\n\n${load} (${cpus().length} cores)`);
  mkdirSync(dirname(jsonAt), { recursive: true });
  const rows = figures.map((f) => ({ ...f, met: meets(f) }));
  writeFileSync(
    jsonAt,
    JSON.stringify(
      {
        machine: process.arch,
        cores: cpus().length,
        load: { before: loadBefore, after: loadavg()[0] },
        figures: rows,
      },
      null,
      1,
    ) + "\n",
  );
  console.log(`\nwritten to ${jsonAt}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
