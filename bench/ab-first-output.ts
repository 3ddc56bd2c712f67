/**
 * Run to the first output of `print(1)` in two builds, side by side in one Chromium: each build
 * served by its own server, one page of each open on the first exercise, one timed Run on each in
 * turn (A, B, A, B...) so the machine's load falls on both alike. The timing is the benchmark's
 * (./app-page.ts `timed`: click to the frame after the console shows the output).
 *
 *   node --import tsx bench/ab-first-output.ts DIR_A DIR_B [ROUNDS]
 *
 * DIR_A and DIR_B are built sites (`npx vite build --outDir DIR`). Prints each build's times and
 * medians. A tool for comparing a change, not a figure of the table.
 */
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/chromium";
import { listenOnFreePort } from "../scripts/site-server";
import { printOnePage, timed } from "./app-page";
import { median } from "./table";

const [dirA, dirB, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error("usage: ab-first-output.ts DIR_A DIR_B [ROUNDS]");
const rounds = Number(roundsArg ?? 9);

const browser = await chromium.launch(chromiumLaunchOptions);
const sides = [];
for (const dir of [dirA, dirB]) {
  const { url, server } = await listenOnFreePort({ dir });
  // Two warm-up runs: the worker's program cache and the page's lazy code are warm from here on.
  const { context, page } = await printOnePage(browser, url, 2);
  sides.push({ dir, server, context, page, times: [] as number[] });
}
for (let i = 0; i < rounds; i++) {
  for (const side of sides) {
    side.times.push(await timed(side.page, "Run", "output", 2));
    // Let the run end before the other side's click, as a learner's next click would.
    await timed(side.page, "Run", "idle");
  }
}
for (const side of sides) {
  const list = side.times.map((t) => t.toFixed(1)).join(", ");
  console.log(`${side.dir}: median ${median(side.times).toFixed(1)} ms (${list})`);
  await side.context.close();
  side.server.close();
}
await browser.close();
