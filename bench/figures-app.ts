/**
 * The app's figures in Chromium against the production build (owner: perf): first screen, Python
 * ready on a first and a repeat visit, Run to the first output, Check to the verdict for every
 * exercise of the course, and 100,000 printed lines shown. Times are taken inside the page
 * (`performance.now()`): from navigation start for a visit, from the click to the frame after the
 * console shows the result for Run and Check, so the harness's own round trips are not counted.
 */
import type { Browser, Page } from "@playwright/test";
import { loadPack, localize } from "../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../src/exercises/node";
import { median, type Benchmark, type Figure } from "./table";

export interface AppContext {
  browser: Browser;
  /** The production build, served as `npm start` serves it (with the isolation headers). */
  url: string;
  /** The same build served without the isolation headers (as GitHub Pages does). */
  plainUrl: string;
}

const VISITS = 3;
const RUNS = 5;
/** Exercises checked in one page before it is reloaded (a new worker; see e2e/course.spec.ts). */
const RELOAD_EVERY = 8;

const COURSE_MAP = 'nav[aria-label="Course map"]';
const PYTHON_READY = '[data-testid="python-status"][data-state="ready"]';
const EDITOR_READY = '[data-testid="code-editor"][data-state="ready"]';

/** In the page: resolves with the milliseconds from the next click to the frame after the
 * console shows a finished run (mode "idle") or at least `minChars` of output (mode "output"). */
function watchConsole(args: { mode: "output" | "idle"; minChars: number }): void {
  const w = window as unknown as { __bench?: Promise<number> };
  w.__bench = new Promise((resolve) => {
    const consoleEl = document.querySelector('[data-testid="console"]')!;
    const out = document.querySelector('[data-testid="console-output"]')!;
    const before = consoleEl.getAttribute("data-run-id");
    let t0 = 0;
    document.addEventListener("click", () => (t0 = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (!t0 || consoleEl.getAttribute("data-run-id") === before) return;
      const shown = (out.textContent ?? "").length >= args.minChars;
      const idle = consoleEl.getAttribute("data-state") === "idle";
      if (shown && (args.mode === "output" || idle)) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }
    });
    observer.observe(consoleEl, { attributes: true, childList: true, subtree: true });
  });
}

async function timed(
  page: Page,
  button: "Run" | "Check",
  mode: "output" | "idle",
  minChars = 0,
): Promise<number> {
  await page.evaluate(watchConsole, { mode, minChars });
  const toolbar = page.getByRole("toolbar", { name: "Program" });
  const target = toolbar.getByRole("button", { name: button, exact: true });
  await target.waitFor();
  await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('[role="toolbar"] button')].some(
        (b) => b.textContent?.trim() === name && !(b as HTMLButtonElement).disabled,
      ),
    button,
    { timeout: 120_000 },
  );
  await target.click();
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

async function paste(page: Page, code: string): Promise<void> {
  await page.waitForSelector(EDITOR_READY, { timeout: 60_000 });
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.locator('[data-testid="code-editor"] [role="textbox"]').first().focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

const sinceNavigation = (page: Page): Promise<number> => page.evaluate(() => performance.now());

async function openExercise(page: Page, id: string): Promise<void> {
  await page.locator(`a[data-exercise-id="${id}"]`).click();
  await page.waitForSelector(EDITOR_READY, { timeout: 60_000 });
}

export const appFigures: Benchmark<AppContext> = {
  name: "app",
  owner: "perf",
  async measure({ browser, url }): Promise<Figure[]> {
    const pack = loadPack(readPackFiles(DEFAULT_PACK_DIR));
    const firstScreen: number[] = [];
    const readyFirst: number[] = [];
    const readyRepeat: number[] = [];
    for (let i = 0; i < VISITS; i++) {
      const context = await browser.newContext(); // an empty cache: a first visit
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector(COURSE_MAP);
      firstScreen.push(await sinceNavigation(page));
      await page.waitForSelector(PYTHON_READY, { timeout: 120_000 });
      readyFirst.push(await sinceNavigation(page));
      await page.reload();
      await page.waitForSelector(PYTHON_READY, { timeout: 120_000 });
      readyRepeat.push(await sinceNavigation(page));
      await context.close();
    }

    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(PYTHON_READY, { timeout: 120_000 });
    const first = pack.exercises[0]!;
    await openExercise(page, first.id);
    await paste(page, "print(1)\n");
    await timed(page, "Run", "idle"); // the worker is warm from here on
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timed(page, "Run", "output", 2));
    await paste(page, "for i in range(100_000):\n    print()\n");
    const lines = await timed(page, "Run", "idle", 100_000);

    const checks: { id: string; ms: number }[] = [];
    for (const [index, exercise] of pack.exercises.entries()) {
      if (index > 0 && index % RELOAD_EVERY === 0) {
        await page.reload();
        await page.waitForSelector(PYTHON_READY, { timeout: 120_000 });
      }
      await openExercise(page, exercise.id);
      await paste(page, localize(exercise.solution, "en"));
      checks.push({ id: exercise.id, ms: await timed(page, "Check", "idle") });
    }
    await context.close();
    const worst = checks.reduce((a, b) => (b.ms > a.ms ? b : a));
    const visits = `median of ${VISITS} visits`;
    return [
      {
        id: "chromium.first-screen",
        label: "first screen (course map shown)",
        host: "chromium",
        value: median(firstScreen),
        unit: "ms",
        note: `from navigation start, empty cache, ${visits}`,
      },
      {
        id: "chromium.python-ready-first",
        label: "Python ready, first visit",
        host: "chromium",
        value: median(readyFirst),
        unit: "ms",
        note: `from navigation start, ${visits}`,
      },
      {
        id: "chromium.python-ready-repeat",
        label: "Python ready, repeat visit",
        host: "chromium",
        value: median(readyRepeat),
        unit: "ms",
        note: `reload in the same profile, ${visits}`,
      },
      {
        id: "chromium.run-first-output",
        label: "Run to first output of print(1), warm worker",
        host: "chromium",
        value: median(runs),
        unit: "ms",
        goal: { max: 30 },
        note: `click to the frame showing it, median of ${RUNS}`,
      },
      {
        id: "chromium.check-median",
        label: `Check to verdict, median of ${checks.length} exercises`,
        host: "chromium",
        value: median(checks.map((c) => c.ms)),
        unit: "ms",
        goal: { max: 300 },
        note: "reference solutions, explorer included",
      },
      {
        id: "chromium.check-worst",
        label: "Check to verdict, worst exercise",
        host: "chromium",
        value: worst.ms,
        unit: "ms",
        goal: { max: 1000 },
        note: worst.id,
      },
      {
        id: "chromium.lines-100000",
        label: "100,000 printed lines shown",
        host: "chromium",
        value: lines,
        unit: "ms",
        note: "empty lines: the output limit (100,000 characters) allows no more",
      },
    ];
  },
};
