/**
 * Nothing the learner does is lost: two tabs on the course merge their work per exercise (a solved
 * mark is never lost, the newest code wins), and when the browser's storage is full the learner
 * is told, in their language, and can export their work and save again once there is room.
 */
import { expect, test } from "./fixtures";
import { AppPage } from "./pages/app-page";
import { ExercisePage } from "./pages/exercise-page";
import { SavingBar } from "./pages/saving-bar";

const EXERCISE = "Three downloads at once";
const OTHER = "Start threads, then join them";

const RIGHT =
  "import asyncio\n" +
  'async def download(name, seconds): print(f"start {name}"); await asyncio.sleep(seconds); print(f"done {name}"); return name\n' +
  'async def main(): print(await asyncio.gather(download("a", 1), download("b", 2), download("c", 3)))\n' +
  "asyncio.run(main())\n";

test("two tabs see each other's work; a solved mark and the newest code survive both", async ({
  app,
  exercise,
  page,
}) => {
  // Two pages each start Python (a cold Pyodide load each) on a shared 2-core machine.
  test.setTimeout(240_000);
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  const tabB = new AppPage(await page.context().newPage());
  const exerciseB = new ExercisePage(tabB.page);
  await tabB.goto();

  // Tab A solves an exercise: tab B, open all along, shows the solved mark without a reload.
  await exercise.replaceCode(RIGHT);
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("passed");
  await expect(app.solvedMark(EXERCISE)).toBeVisible();
  await expect(tabB.solvedMark(EXERCISE)).toBeVisible();

  // Tab B, which never solved it, writes code elsewhere and edits the solved exercise later.
  await tabB.openExercise(OTHER);
  await exerciseB.replaceCode("print('written_in_tab_b')\n");
  await tabB.openExercise(EXERCISE);
  await exerciseB.replaceCode("print('newest_from_tab_b')\n");
  // Tab A shows B's newer code in its open editor, and keeps its solved mark.
  await expect(exercise.editor).toContainText("newest_from_tab_b");
  await expect(app.solvedMark(EXERCISE)).toBeVisible();

  // After both reload, both have everything.
  for (const tab of [app, tabB]) {
    await tab.page.reload();
    await expect(tab.solvedMark(EXERCISE)).toBeVisible();
    await tab.openExercise(OTHER);
    await expect(tab.page.getByTestId("code-editor")).toContainText("written_in_tab_b");
  }
  await tabB.page.close();
});

test("with storage full the learner is told, can export their work, and it is saved once there is room", async ({
  app,
  exercise,
  page,
}) => {
  const saving = new SavingBar(page);
  await app.goto();
  await app.openExercise(EXERCISE);
  await saving.expectSaving();
  expect(await saving.fillStorage()).toBeGreaterThan(0);

  await exercise.replaceCode("print('unsaved_work')\n");
  await expect(saving.problem).toHaveAttribute("data-problem", "full");
  await expect(saving.problem).toContainText("storage for this site is full");
  await app.setLanguage("ru");
  await expect(saving.problem).toContainText("хранилище браузера для этого сайта заполнено");
  await app.setLanguage("en");

  // The export has the code that could not be saved.
  const file = await saving.export(saving.problem.getByRole("button", { name: "Export my work" }));
  expect(file.name).toBe("interleave-work.json");
  const backup = JSON.parse(file.text) as { kind: string; state: { code: Record<string, string> } };
  expect(backup.kind).toBe("interleave-backup");
  expect(backup.state.code["gather-basics"]).toContain("unsaved_work");
  expect((await saving.stored())?.state.code["gather-basics"] ?? "").not.toContain("unsaved_work");

  // Room again: the next save succeeds (the learner's "Try saving again", or any change in the
  // app, which saves again by itself) and the notice goes.
  await saving.freeStorage();
  await saving.retry();
  await saving.expectSaving();
  expect((await saving.stored())?.state.code["gather-basics"]).toContain("unsaved_work");
  await page.reload();
  await app.openExercise(EXERCISE);
  await expect(exercise.editor).toContainText("unsaved_work");
});

test("exported work can be imported into a fresh browser", async ({
  app,
  exercise,
  page,
  browser,
}) => {
  const saving = new SavingBar(page);
  await app.goto();
  await app.openExercise(OTHER);
  await exercise.replaceCode("print('carried_over')\n");
  const file = await saving.export(
    page.getByRole("banner").getByRole("button", { name: "Export my work" }),
  );

  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = new AppPage(await fresh.newPage());
  await other.goto();
  await other.page.getByTestId("import-work").setInputFiles({
    name: file.name,
    mimeType: "application/json",
    buffer: Buffer.from(file.text),
  });
  await expect(other.page.getByTestId("import-status")).toContainText(
    "Added from the file: newer code of 1 exercise.",
  );
  await other.openExercise(OTHER);
  await expect(other.page.getByTestId("code-editor")).toContainText("carried_over");
  await fresh.close();
});
