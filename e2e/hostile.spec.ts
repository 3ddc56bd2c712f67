/**
 * Hostile programs in the app (Chromium): no way to JavaScript, fetch or XHR from Python, nothing
 * a run does survives into the next, a program that ends its interpreter leaves Python working,
 * Stop then Run again works, an endless loop ends at the step limit naming its line, and a worker
 * that dies silently is replaced with a clear message. The same programs' engine-level checks are in
 * runtime/tests/hostile.test.ts.
 */
import { expect, test } from "./fixtures";

const EXERCISE = "Three downloads at once";

test("Python reaches no JavaScript: js, pyodide and the fetch behind them are refused", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
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

test("a run's changes are gone in the next run, and os._exit leaves Python working", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode(
    "import json, os\njson.loads = None\nopen('mark.txt', 'w').write('x')\nprint('patched')\nos._exit(4)\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText("os._exit(4) ended the interpreter");
  await exercise.replaceCode(
    "import json, os\nprint(json.loads('[2]'), os.path.exists('mark.txt'))\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("[2] False\n");
});

test("Stop, then Run again at once", async ({ app, exercise }) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode("while True:\n    pass\n");
  await exercise.startRun();
  await exercise.stop();
  await exercise.replaceCode("print('again')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("again\n");
});

test("an endless loop ends at the step limit with a note naming its line", async ({
  app,
  exercise,
}) => {
  test.setTimeout(120_000);
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode("total = 0\nwhile True:\n    total += 1\n");
  await exercise.startRun();
  // The step limit ends it on its own (the bound is ~5 s of real time on an idle machine;
  // this machine's load decides the wait, so the test waits on the app, not on a clock).
  await expect(exercise.console).toHaveAttribute("data-state", "idle", { timeout: 100_000 });
  await expect(exercise.output).toContainText(
    "the program executed more than 10,000,000 lines (it was at line 3); is there an endless loop?",
  );
  await exercise.replaceCode("print('next')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("next\n");
});

test("a worker that dies without a word: the run ends with a clear message, the next Run works", async ({
  app,
  exercise,
}) => {
  test.setTimeout(180_000);
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  // What a JavaScript heap exhaustion does to the worker: it is gone, and no message says so.
  const workers = exercise.page.workers();
  expect(workers.length).toBeGreaterThan(0);
  // (The evaluation may never answer: its worker is gone.)
  for (const worker of workers) await worker.evaluate(() => self.close()).catch(() => undefined);
  await exercise.replaceCode("print('lost')\n");
  await exercise.startRun();
  await expect(exercise.console).toHaveAttribute("data-state", "idle", { timeout: 60_000 });
  await expect(exercise.output).toContainText("Python crashed: the worker stopped answering");
  await app.waitForPython();
  await exercise.replaceCode("print('works again')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("works again\n");
});
