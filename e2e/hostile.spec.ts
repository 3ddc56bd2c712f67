/**
 * Hostile programs in the app (Chromium): no way to JavaScript, fetch or XHR from Python, nothing
 * a run does survives into the next, a program that ends its interpreter leaves Python working,
 * and Stop then Run again works. The same programs' engine-level checks are in
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
