/**
 * The learner's main path through the production build: course map, an exercise, running code,
 * stopping a runaway program, and finding their code again after a reload.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

/** English module titles of the repository's course file, in its order. */
const COURSE_TITLES = (
  JSON.parse(readFileSync(new URL("../exercises/course.json", import.meta.url), "utf8")) as {
    modules: { title: string | { en: string } }[];
  }
).modules.map((m) => (typeof m.title === "string" ? m.title : m.title.en));

const ASYNC_EXERCISE = "Three downloads at once";
const THREAD_EXERCISE = "Start threads, then join them";

test("the course map groups exercises by topic and opens one with its starter code", async ({
  app,
  exercise,
  page,
}) => {
  await app.goto();
  // Titles and order come from the course file; modules without exercises are not shown.
  await expect(app.moduleHeadings().first()).toHaveText("asyncio basics");
  const headings = await app.moduleHeadings().allTextContents();
  expect(headings).toContain("Threads");
  expect(headings).toEqual(COURSE_TITLES.filter((title) => headings.includes(title)));
  await app.openExercise(THREAD_EXERCISE);
  await app.openExercise(ASYNC_EXERCISE);
  await expect(page).toHaveURL(/#\/exercise\/gather-basics$/);
  await expect(page.getByRole("article")).toContainText("asyncio.gather");
  await exercise.waitForEditor();
  await expect(exercise.editor).toContainText("asyncio.run(main())");
});

test("Run streams stdout and stderr, and a traceback names the learner's line", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise(ASYNC_EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode(
    'import sys\nprint("hello from python")\nprint("to stderr", file=sys.stderr)\nx = 1 / 0\n',
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toContainText("hello from python");
  await expect(exercise.output).toContainText("to stderr");
  await expect(exercise.output).toContainText('File "main.py", line 4');
  await expect(exercise.output).toContainText("ZeroDivisionError");
  await expect(exercise.summary).toContainText("ZeroDivisionError on line 4");
});

test("the console footer shows virtual time", async ({ app, exercise }) => {
  await app.goto();
  await app.openExercise(ASYNC_EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode(
    "import asyncio\n" +
      'async def main(): await asyncio.gather(asyncio.sleep(2), asyncio.sleep(3)); print("slept")\n' +
      "asyncio.run(main())\n",
  );
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("slept\n");
  // The sleeps overlap: 3 virtual seconds, not 5 (plus the little CPU time the engine charges).
  await expect(exercise.summary).toHaveText(
    /^Finished in 3\.\d\d s of virtual time \(exit code 0\)$/,
  );
});

test("Stop ends an infinite loop, and the next run works without a reload", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise(ASYNC_EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode('print("looping")\nwhile True: pass\n');
  await exercise.startRun();
  // Output arrives while the program is still running: it is streamed, not sent at the end.
  await expect(exercise.output).toContainText("looping");
  await expect(exercise.console).toHaveAttribute("data-state", "running");
  await exercise.stop();
  await expect(exercise.console).toHaveAttribute("data-outcome", "stopped");
  // The page is cross-origin isolated, so Stop interrupts Python instead of restarting it.
  await expect(exercise.summary).toHaveText("Stopped (KeyboardInterrupt).");

  await exercise.replaceCode('print("next run")\n');
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("next run\n");
});

test("the learner's code survives a reload", async ({ app, exercise, page }) => {
  await app.goto();
  await app.openExercise(THREAD_EXERCISE);
  await exercise.replaceCode("# my own attempt\nprint(42)\n");
  await expect(exercise.editor).toContainText("my own attempt");
  await page.reload();
  await exercise.waitForEditor();
  await expect(exercise.editor).toContainText("my own attempt");

  await exercise.resetCode();
  await expect(exercise.editor).not.toContainText("my own attempt");
  // The reset can be undone.
  await page.getByTestId("reset-undo").getByRole("button", { name: "Undo" }).click();
  await expect(exercise.editor).toContainText("my own attempt");
});

test("Python and its files are served by the site itself", async ({ app, requests }) => {
  await app.goto();
  await app.waitForPython();
  const paths = requests.map((url) => new URL(url).pathname);
  expect(paths).toEqual(
    expect.arrayContaining(["/pyodide/pyodide.asm.wasm", "/pyodide/python_stdlib.zip"]),
  );
});

test("a line longer than the editor wraps instead of running off its edge", async ({
  app,
  exercise,
  page,
}) => {
  // At the default 1280 px the editor shows about 80 characters; pool-map's program has lines of
  // over 120 (comments), as a quarter of the course's programs have lines over 78.
  await app.goto();
  await app.openExerciseById("pool-map");
  await exercise.waitForEditor();
  const widths = await page.evaluate(() => {
    const lines = document.querySelector<HTMLElement>(".monaco-editor .view-lines");
    const view = document.querySelector<HTMLElement>(".monaco-editor .monaco-scrollable-element");
    return { content: lines?.scrollWidth ?? 0, shown: view?.clientWidth ?? 0 };
  });
  expect(widths.shown).toBeGreaterThan(0);
  expect(widths.content).toBeLessThanOrEqual(widths.shown);
});
