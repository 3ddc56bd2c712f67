/**
 * Hostile programs in the app (Chromium): no way to JavaScript, fetch or XHR from Python, nothing
 * a run does survives into the next, a program that ends its interpreter leaves Python working,
 * Stop then Run again works, a worker that dies silently is replaced at once with a clear message
 * and the learner's code kept, a program that exhausts memory or floods the output ends with a
 * clear message while the page keeps drawing frames (the longest gap is reported, not asserted),
 * an endless loop meets the step limit (how long it took is reported), and a Pool without the
 * main guard gets CPython's spawn error. The same programs' engine-level checks are in
 * runtime/tests/hostile.test.ts.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { AppPage } from "./pages/app-page";

const EXERCISE = "Three downloads at once";
const COUNTER = "A counter that never loses a count";

/** Opens an exercise and waits until Python is ready to run it. */
async function openReady(app: AppPage, title = EXERCISE): Promise<void> {
  await app.goto();
  await app.openExercise(title);
  await app.waitForPython();
}

/**
 * Watches the page's main thread from now on: the longest gap between two animation frames is how
 * long the tab was frozen. Reported as an annotation (a measurement, not a timed assertion).
 */
async function watchFrames(page: Page): Promise<{ report(what: string): Promise<void> }> {
  await page.evaluate(() => {
    const w = window as unknown as { frameGap: number };
    w.frameGap = 0;
    let last = performance.now();
    const tick = (now: number): void => {
      w.frameGap = Math.max(w.frameGap, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return {
    async report(what) {
      const gap = await page.evaluate(() => (window as unknown as { frameGap: number }).frameGap);
      test.info().annotations.push({
        type: "longest frame gap",
        description: `${what}: ${Math.round(gap)} ms`,
      });
    },
  };
}

test("Python reaches no JavaScript: js, pyodide and the fetch behind them are refused", async ({
  app,
  exercise,
}) => {
  await openReady(app);
  // One line per attempt: the editor re-indents pasted blocks.
  await exercise.replaceCode("import js\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText(
    "SyntaxError: the module 'js' is not available in the trainer",
  );
  await exercise.replaceCode("__import__('pyodide').http.pyfetch('/')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText(
    "ImportError: the module 'pyodide' is not available in the trainer",
  );
});

test("a run's changes are gone in the next run, and posix._exit (ending the interpreter) leaves Python working", async ({
  app,
  exercise,
}) => {
  await openReady(app);
  await exercise.replaceCode(
    "import json, posix\njson.loads = None\nopen('mark.txt', 'w').write('x')\nprint('patched')\nposix._exit(4)\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText("os._exit(4) ended the interpreter");
  await exercise.replaceCode(
    "import json, os\nprint(json.loads('[2]'), os.path.exists('mark.txt'))\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("[2] False\n");
});

test("an endless loop meets the step limit, naming its line", async ({ app, exercise }) => {
  // 8 s on this 2-core machine at a load of 17, 62 s at a load of 38: the wait is generous.
  test.setTimeout(300_000);
  await openReady(app);
  const frames = await watchFrames(exercise.page);
  await exercise.replaceCode("n = 0\nwhile True: n += 1\n");
  await exercise.startRun();
  const started = Date.now();
  await expect(exercise.console).toHaveAttribute("data-state", "idle", { timeout: 200_000 });
  test.info().annotations.push({
    type: "step limit reached after",
    description: `${Date.now() - started} ms`,
  });
  await frames.report("endless loop");
  await expect(exercise.output).toContainText(
    "executed more than 10,000,000 lines (it was at line 2)",
  );
  await expect(exercise.summary).toContainText("Step limit reached on line 2 after");
});

test("Stop, then Run again at once", async ({ app, exercise }) => {
  await openReady(app);
  await exercise.replaceCode("while True:\n    pass\n");
  await exercise.startRun();
  await exercise.stop();
  await exercise.replaceCode("print('again')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("again\n");
});

test("a worker that dies without a word mid-check: a clear message at once, the code kept, the next Run works", async ({
  app,
  exercise,
}) => {
  test.setTimeout(180_000);
  await openReady(app, COUNTER);
  // The learner's own code, not the starter: it must still be there after the crash. Each of the
  // check's runs takes a moment (a sum over two million numbers), so that the check is still
  // running when the worker ends: a program that does nothing was checked, now and then, before
  // the close below reached the worker.
  await exercise.replaceCode("counter = sum(range(2_000_000)) * 0\nprint('mine', counter)\n");
  await exercise.startCheck();
  // A check is many runs; between two of them the worker takes messages, and this one ends it
  // as a browser ends a worker out of memory: gone, and nothing tells the page.
  const python = exercise.page.workers().find((w) => w.url().includes("python.worker"));
  expect(python).toBeDefined();
  await python!.evaluate(() => self.close()).catch(() => undefined);
  await expect(exercise.console).toHaveAttribute("data-state", "idle");
  // The worker's life lock tells the page at once (the watchdog would say "stopped answering").
  await expect(exercise.summary).toContainText("the worker ended without a word");
  await app.waitForPython();
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("mine 0\n");
});

test("a program that exhausts memory gets MemoryError naming the limit; the page stays responsive and the next Run works", async ({
  app,
  exercise,
}) => {
  test.setTimeout(180_000);
  await openReady(app);
  const frames = await watchFrames(exercise.page);
  await exercise.replaceCode("blocks = []\nwhile True: blocks.append(bytearray(10**7))\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText(
    "MemoryError: the program used more than 512 MB of memory, the trainer's limit",
  );
  await frames.report("memory");
  await exercise.replaceCode("text = 'ab'\nwhile True: text += text\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText("MemoryError: the program used more than 512 MB");
  await exercise.replaceCode("print('after', len(bytearray(10**7)))\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("after 10000000\n");
});

test("a flood of output (100 MB) stops at the output limit without freezing the page", async ({
  app,
  exercise,
}) => {
  await openReady(app);
  const frames = await watchFrames(exercise.page);
  await exercise.replaceCode("print('y' * 10**8)\nwhile True: print('x' * 100)\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText(
    "[Interleave] the program printed more than 100,000 characters",
  );
  await frames.report("output flood");
  await exercise.replaceCode("print('quiet')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("quiet\n");
});

test("a recursion with the limit raised to 10**6 ends in RecursionError; the next Run works", async ({
  app,
  exercise,
}) => {
  await openReady(app);
  await exercise.replaceCode(
    "import sys\nsys.setrecursionlimit(10**6)\ndef down(n): return down(n + 1)\ndown(0)\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText("RecursionError");
  await exercise.replaceCode("print('still here')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("still here\n");
});

test("a Pool without the main guard gets CPython's spawn error, not a crash", async ({
  app,
  exercise,
}) => {
  test.setTimeout(120_000);
  await openReady(app);
  // One line per statement: the editor re-indents typed blocks.
  await exercise.replaceCode(
    "import multiprocessing\nwith multiprocessing.Pool(2) as pool: print(pool.map(abs, [1, -2]))\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText(
    "An attempt has been made to start a new process before the",
  );
  await exercise.replaceCode("print('after the pool')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("after the pool\n");
});
