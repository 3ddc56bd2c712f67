/**
 * Checking solutions in the production build: a wrong attempt fails with its targeted hint and an
 * editor marker, a right one passes and is marked solved; general hints one at a time; the
 * solution only after a check and a confirm; Stop during a check; results in the learner's
 * language. Screenshots of the verdict panel land in test-results/screenshots/.
 */
import { expect, test } from "./fixtures";

const EXERCISE = "Three downloads at once";

// One-line function bodies: Monaco auto-indents typed blocks (see ExercisePage.replaceCode).
const DOWNLOAD = (sleep: string) =>
  `async def download(name, seconds): print(f"start {name}"); ${sleep}; print(f"done {name}"); return name\n`;
const MAIN =
  'async def main(): print(await asyncio.gather(download("a", 1), download("b", 2), download("c", 3)))\n' +
  "asyncio.run(main())\n";
/** Uses gather, but blocks the event loop with time.sleep (on line 2). */
const WRONG = "import asyncio, time\n" + DOWNLOAD("time.sleep(seconds)") + MAIN;
const RIGHT = "import asyncio\n" + DOWNLOAD("await asyncio.sleep(seconds)") + MAIN;

test("a wrong attempt fails with its targeted hint; the right one passes and is marked solved", async ({
  app,
  exercise,
}) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode(WRONG);
  expect(await exercise.check()).toBe("checked");
  const { verdict } = exercise;
  await verdict.waitFor("failed");
  await expect(verdict.summary).toHaveText("2 of 7 checks passed");

  const sleepCheck = verdict.check("No time.sleep inside async def");
  await expect(sleepCheck).toHaveAttribute("data-passed", "false");
  await expect(sleepCheck).toContainText("line 2");
  await expect(verdict.hintOf("No time.sleep inside async def")).toContainText(
    "blocks the whole event loop",
  );
  // The same hint explains the timing failure too: said once, referred to after.
  await expect(verdict.check("Takes about 3 s (the longest download)")).toContainText(
    "the same as for “No time.sleep inside async def”",
  );
  await expect(verdict.check("Uses asyncio.gather")).toHaveAttribute("data-passed", "true");
  await expect.poll(() => exercise.markedLines()).toBe("2");
  // The console shows what the checked program printed.
  await expect(exercise.output).toContainText("done c");
  await expect(app.solvedMark(EXERCISE)).toHaveCount(0);
  await verdict.root.screenshot({ path: "test-results/screenshots/verdict-failed.png" });

  await exercise.replaceCode(RIGHT);
  expect(await exercise.check()).toBe("checked");
  await verdict.waitFor("passed");
  await expect(verdict.summary).toHaveText("All checks passed. Well done!");
  await expect(verdict.checks.and(exercise.page.locator('[data-passed="false"]'))).toHaveCount(0);
  await expect(app.solvedMark(EXERCISE)).toBeVisible();
  await expect.poll(() => exercise.markedLines()).toBe("");
  await verdict.root.screenshot({ path: "test-results/screenshots/verdict-passed.png" });

  // Solved stays solved after a reload.
  await exercise.page.reload();
  await expect(app.solvedMark(EXERCISE)).toBeVisible();
});

test("general hints one at a time; the solution only after a check and a confirm", async ({
  app,
  exercise,
  page,
}) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  const { help } = exercise;
  await expect(help.shownHints).toHaveCount(0);
  await help.showHintButton(3).click();
  await expect(help.shownHints).toHaveCount(1);
  await expect(help.shownHints.first()).toContainText("start all three first");
  await expect(help.showHintButton(2)).toBeVisible();

  // Locked until the learner has checked their code once.
  await expect(help.showSolution).toBeDisabled();
  await app.waitForPython();
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("failed");
  await expect(help.showSolution).toBeEnabled();

  await help.showSolution.click();
  await expect(help.dialog).toBeVisible();
  await help.dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(help.dialog).toBeHidden();
  await expect(help.solutionCode).toHaveCount(0);

  await help.showSolution.click();
  await help.dialog.getByRole("button", { name: "Reveal" }).click();
  await expect(help.solutionCode).toContainText("results = await asyncio.gather(");
  await expect(help.solution).toContainText("wraps each coroutine in a task");
  // Shown beside the learner's code, not instead of it.
  await expect(exercise.editor).toContainText("TODO: run the three downloads concurrently");

  await page.reload();
  await expect(help.shownHints).toHaveCount(1);
  await expect(help.solutionCode).toBeVisible();
});

test("Stop ends a check like a run, and no verdict is given", async ({ app, exercise }) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  await exercise.replaceCode("while True: pass\n");
  await exercise.startCheck();
  await expect(exercise.console).toHaveAttribute("data-mode", "check");
  await expect(exercise.console).toHaveAttribute("data-state", "running");
  await exercise.stop();
  await expect(exercise.console).toHaveAttribute("data-outcome", "stopped");
  await exercise.verdict.waitFor("stopped");

  await exercise.replaceCode(RIGHT);
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("passed");
});

test("the language switch translates the exercise and the check results", async ({
  app,
  exercise,
  page,
}) => {
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.setLanguage("ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Три загрузки одновременно");
  await app.waitForPython();
  await exercise.replaceCode(WRONG);
  await exercise.page.getByRole("button", { name: "Проверить" }).click();
  const verdict = page.getByRole("region", { name: "Результаты проверки" });
  await expect(verdict).toHaveAttribute("data-state", "failed", { timeout: 90_000 });
  await expect(verdict).toContainText("Нет time.sleep внутри async def");
  await expect(verdict).toContainText("блокирует весь цикл событий");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Три загрузки одновременно");
});
