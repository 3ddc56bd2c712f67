import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/chromium";
import { listenOnFreePort } from "../scripts/site-server";

const sw = process.argv.includes("--sw");
const site = await listenOnFreePort({ dir: "dist" });
const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ serviceWorkers: sw ? "allow" : "block" });
for (let visit = 0; visit < 3; visit++) {
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector('nav[aria-label="Course map"]');
  const fs = await page.evaluate(() => performance.now());
  await page.waitForSelector('[data-testid="python-status"][data-state="ready"]', {
    timeout: 120000,
  });
  const ready = await page.evaluate(() => performance.now());
  const origin = await page.evaluate(() => performance.timeOrigin);
  console.log(`visit ${visit}: first screen ${fs.toFixed(0)} ready ${ready.toFixed(0)}`);
  for (const w of page.workers()) {
    if (!w.url().includes("python.worker")) continue;
    const marks = await w.evaluate(() => ({
      o: performance.timeOrigin,
      m: performance.getEntriesByType("mark").map((e) => [e.name, e.startTime] as const),
    }));
    for (const [n, t] of marks.m)
      console.log(`   ${(marks.o + t - origin).toFixed(0).padStart(6)} ${n}`);
  }
  await page.close();
}
await browser.close();
site.server.close();
