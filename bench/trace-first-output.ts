/**
 * Where the page's main thread spends a Run of `print(1)`: a Chromium trace (CDP `Tracing`,
 * the DevTools timeline categories) of one timed Run after warm-up, per build, several times;
 * prints, per event name, the median time the renderer's main thread spent in it from the click
 * to the frame that showed the output. A diagnostic tool, not a figure of the table.
 *
 *   node --import tsx bench/trace-first-output.ts DIR [DIR...] [--runs N]
 */
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/chromium";
import { listenOnFreePort } from "../scripts/site-server";
import { printOnePage, timed } from "./app-page";
import { median } from "./table";

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dirs = args.filter((a, i) => !a.startsWith("--") && (runsAt < 0 || i !== runsAt + 1));

/** Only the names that are the thread's own work at the top (nested ones would count twice). */
const TOP = new Set([
  "EventDispatch",
  "FunctionCall",
  "RunMicrotasks",
  "TimerFire",
  "FireAnimationFrame",
  "HandlePostMessage",
  "UpdateLayoutTree",
  "Layout",
  "PrePaint",
  "Paint",
  "Layerize",
  "Commit",
  "ParseHTML",
  "MajorGC",
  "MinorGC",
]);

async function traceOne(page: Page): Promise<{ ms: number; by: Map<string, number> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,disabled-by-default-devtools.timeline",
    transferMode: "ReportEvents",
  });
  const ms = await timed(page, "Run", "output", 2);
  await cdp.send("Tracing.end");
  await done;
  await cdp.detach();
  const main = events.find((e) => e.ph === "M" && e.args?.name === "CrRendererMain");
  const click = events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "click");
  const by = new Map<string, number>();
  if (!main || !click) return { ms, by };
  const end = click.ts + ms * 1000;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== "X" || !TOP.has(e.name)) continue;
    if (e.ts < click.ts || e.ts > end) continue;
    by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return { ms, by };
}

const browser = await chromium.launch(chromiumLaunchOptions);
for (const dir of dirs) {
  const { url, server } = await listenOnFreePort({ dir });
  const { context, page } = await printOnePage(browser, url, 2);
  const results: { ms: number; by: Map<string, number> }[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(await traceOne(page));
    await timed(page, "Run", "idle");
  }
  const names = [...new Set(results.flatMap((r) => [...r.by.keys()]))];
  const rows = names
    .map((n) => [n, median(results.map((r) => r.by.get(n) ?? 0))] as const)
    .sort((a, b) => b[1] - a[1]);
  console.log(`${dir}: click to output ${results.map((r) => r.ms.toFixed(1)).join(", ")} ms`);
  for (const [n, v] of rows) console.log(`  ${n.padEnd(20)} ${v.toFixed(2)} ms (median)`);
  await context.close();
  server.close();
}
await browser.close();
