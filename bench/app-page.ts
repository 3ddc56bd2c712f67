/**
 * Driving the production build in Chromium for the app's figures (./figures-startup.ts,
 * ./figures-course.ts): selectors of app state, a click-to-result timer that runs inside the page
 * (so the harness's own round trips are not counted), pasting code into the editor, and reading
 * the Python worker's start-up marks (src/worker/startup-marks.ts).
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { loadPack, localize } from "../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../src/exercises/node";
import { exerciseHash } from "../src/store/route";
import { plainInlineCode } from "../src/features/exercise/inline-code";

export interface AppContext {
  browser: Browser;
  /** The production build, served as `npm start` serves it (with the isolation headers). */
  url: string;
  /** The same build served without the isolation headers (as GitHub Pages does). */
  plainUrl: string;
}

export const COURSE_MAP = 'nav[aria-label="Course map"]';
export const PYTHON_READY = '[data-testid="python-status"][data-state="ready"]';
export const EDITOR_READY = '[data-testid="code-editor"][data-state="ready"]';
/** Generous: the machine is shared, and a figure that times out tells nothing. */
export const WAIT = { timeout: 180_000 };

/** A new browser context (service worker blocked, the clipboard granted for pasting) with one
 * page open at `url` and Python ready in it. Close `context` when done. */
export async function openApp(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(PYTHON_READY, WAIT);
  return { context, page };
}

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
    // characterData: React writes more text of the same stream into the text node it has.
    observer.observe(consoleEl, {
      attributes: true,
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

/** Waits until the toolbar's `name` button can be pressed. */
async function enabled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('[role="toolbar"] button')].some(
        (b) => b.textContent?.trim() === label && !(b as HTMLButtonElement).disabled,
      ),
    name,
    WAIT,
  );
}

/** Clicks Run or Check and returns the milliseconds until the console shows the result. */
export async function timed(
  page: Page,
  button: "Run" | "Check",
  mode: "output" | "idle",
  minChars = 0,
): Promise<number> {
  await page.evaluate(watchConsole, { mode, minChars });
  await enabled(page, button);
  await page
    .getByRole("toolbar", { name: "Program" })
    .getByRole("button", { name: button })
    .click();
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

/**
 * Starts a run of a program that never ends, presses Stop, and returns the milliseconds from the
 * click on Stop until Python is ready again (the Run button can be pressed).
 */
export async function stopToReady(page: Page): Promise<number> {
  await paste(page, "while True:\n    pass\n");
  await enabled(page, "Run");
  const toolbar = page.getByRole("toolbar", { name: "Program" });
  await toolbar.getByRole("button", { name: "Run" }).click();
  await enabled(page, "Stop");
  await page.evaluate(() => {
    const w = window as unknown as { __bench?: Promise<number> };
    w.__bench = new Promise((resolve) => {
      let t0 = 0;
      document.addEventListener("click", () => (t0 = performance.now()), {
        capture: true,
        once: true,
      });
      // No named helper functions in here: the bundler's name-keeping would wrap them in a
      // helper the page does not have.
      const observer = new MutationObserver(() => {
        const status = document.querySelector('[data-testid="python-status"]');
        const runnable = [...document.querySelectorAll('[role="toolbar"] button')].some(
          (b) => b.textContent?.trim() === "Run" && !(b as HTMLButtonElement).disabled,
        );
        if (t0 && runnable && status?.getAttribute("data-state") === "ready") {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        }
      });
      observer.observe(document.body, { attributes: true, childList: true, subtree: true });
    });
  });
  await toolbar.getByRole("button", { name: "Stop" }).click();
  return page.evaluate(() => (window as unknown as { __bench: Promise<number> }).__bench);
}

export async function paste(page: Page, code: string): Promise<void> {
  await page.waitForSelector(EDITOR_READY, WAIT);
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.locator('[data-testid="code-editor"] [role="textbox"]').first().focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

/**
 * Opens an exercise through the URL hash (from any page: the course map's links are not on an
 * exercise's page) and waits for its heading and its editor.
 */
export async function openExercise(page: Page, id: string, title: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), exerciseHash(id));
  // A title's `code` shows as code: the heading's name has no backticks.
  await page
    .getByRole("heading", { level: 1, name: plainInlineCode(title), exact: true })
    .waitFor(WAIT);
  await page.waitForSelector(EDITOR_READY, WAIT);
}

/** Opens the course's first exercise (as {@link openExercise}). */
export async function openFirstExercise(page: Page): Promise<void> {
  const first = loadPack(readPackFiles(DEFAULT_PACK_DIR)).exercises[0]!;
  await openExercise(page, first.id, localize(first.title, "en"));
}

/**
 * A new page of the app (as {@link openApp}) on the course's first exercise with `print(1)` in
 * its editor, run `warmRuns` times to its end so that the worker is warm: Run to first output
 * (./figures-startup.ts) and the tools that compare builds by it.
 */
export async function printOnePage(
  browser: Browser,
  url: string,
  warmRuns: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openApp(browser, url);
  await openFirstExercise(opened.page);
  await paste(opened.page, "print(1)\n");
  for (let i = 0; i < warmRuns; i++) await timed(opened.page, "Run", "idle");
  return opened;
}

/**
 * The Python worker's start-up marks (src/worker/startup-marks.ts), in milliseconds since the
 * page's navigation started: `{ "engine:start": 812, "snapshot-fetch:end": 1490, ... }`.
 */
export async function startupMarks(page: Page): Promise<Record<string, number>> {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const marks: Record<string, number> = {};
  for (const worker of page.workers()) {
    if (!worker.url().includes("python.worker")) continue;
    const seen = await worker.evaluate(() => ({
      origin: performance.timeOrigin,
      marks: performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("interleave:"))
        .map((m) => [m.name.slice("interleave:".length), m.startTime] as const),
    }));
    for (const [name, t] of seen.marks) marks[name] = seen.origin + t - pageOrigin;
  }
  return marks;
}

/**
 * Waits until every Python worker of the page has started Python (the spare one of a page
 * without isolation included), as it would be after a learner has read the exercise for a while.
 */
export async function workersStarted(page: Page): Promise<void> {
  for (let i = 0; i < 1800; i++) {
    const states = await Promise.all(
      page
        .workers()
        .filter((w) => w.url().includes("python.worker"))
        .map(
          (w) =>
            w
              .evaluate(() => performance.getEntriesByName("interleave:engine:ready").length > 0)
              .catch(() => true), // a worker that was just ended
        ),
    );
    if (states.every(Boolean)) return;
    await page.waitForTimeout(100);
  }
  throw new Error("a Python worker never started");
}

/** Waits until the worker has kept its snapshot in IndexedDB, if it is keeping one. */
export async function snapshotKept(page: Page): Promise<void> {
  for (let i = 0; i < 1800; i++) {
    const marks = await startupMarks(page);
    if (marks["snapshot-write:start"] === undefined || marks["snapshot-write:end"] !== undefined)
      return;
    await page.waitForTimeout(100);
  }
}
