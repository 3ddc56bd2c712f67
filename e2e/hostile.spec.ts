/**
 * Hostile programs in the app (Chromium): no way to JavaScript, fetch or XHR from Python, nothing
 * a run does survives into the next, a program that ends its interpreter leaves Python working,
 * Stop then Run again works, a worker that dies silently is replaced with a clear message, and a
 * Pool without the main guard gets CPython's spawn error. (The step limit's note is asserted in
 * runtime/tests/messages.test.ts; how soon it comes is a benchmark figure, not a timed test.) The same programs' engine-level checks are in
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

test("a run's changes are gone in the next run, and posix._exit (ending the interpreter) leaves Python working", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
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
  await expect(exercise.summary).toContainText("the worker stopped answering");
  await app.waitForPython();
  await exercise.replaceCode("print('works again')\n");
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("works again\n");
});

test("a Pool without the main guard gets CPython's spawn error, not a crash", async ({
  app,
  exercise,
}) => {
  test.setTimeout(120_000);
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
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
