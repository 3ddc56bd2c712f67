/**
 * Journey, progress: a learner fails a check, reads the hint, fixes the code and passes; edits
 * another exercise; Python's worker then dies. The solved mark and both programs survive the
 * crash and a reload, and an exported file brings them into a fresh browser with a summary of
 * what it added.
 */
import type { Worker } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AppPage } from "./pages/app-page";
import { SavingBar } from "./pages/saving-bar";

const EXERCISE = "Three downloads at once";
const OTHER = "Start the event loop";
// One-line bodies: Monaco auto-indents typed blocks (see ExercisePage.replaceCode).
const MAIN =
  'async def main(): print(await asyncio.gather(download("a", 1), download("b", 2), download("c", 3)))\n' +
  "asyncio.run(main())\n";
const BLOCKING =
  "import asyncio, time\n" +
  'async def download(name, seconds): print(f"start {name}"); time.sleep(seconds); print(f"done {name}"); return name\n' +
  MAIN;
const FIXED =
  "import asyncio\n" +
  'async def download(name, seconds): print(f"start {name}"); await asyncio.sleep(seconds); print(f"done {name}"); return name\n' +
  MAIN;

test("solved work and code survive a worker crash and a reload, and travel by export and import", async ({
  app,
  exercise,
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();

  // Fail, read the hint the failing check carries, fix, pass.
  await exercise.replaceCode(BLOCKING);
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("failed");
  await expect(exercise.verdict.hintOf("No time.sleep inside async def")).toBeVisible();
  await exercise.replaceCode(FIXED);
  expect(await exercise.check()).toBe("checked");
  await exercise.verdict.waitFor("passed");
  await expect(app.solvedMark(EXERCISE)).toBeVisible();

  await app.openExercise(OTHER);
  await exercise.replaceCode(
    "# work in progress\nn = 0\nfor i in range(3_000_000): n += i\nprint(n)\n",
  );

  // Python's worker dies, as a browser ends one out of memory: gone without a word. The page
  // notices, starts another, and the next run works; nothing the learner did is lost.
  const python = page.workers().find((w) => w.url().includes("python.worker"));
  expect(python).toBeDefined();
  const gone = new Promise((resolve) => python!.once("close", resolve));
  await python!.evaluate(() => self.close()).catch(() => undefined);
  await gone;
  const isNewPython = (w: Worker) => w !== python && w.url().includes("python.worker");
  await expect.poll(() => page.workers().some(isNewPython), { timeout: 60_000 }).toBe(true);
  await app.waitForPython();
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("4499998500000\n");
  await page.reload();
  await expect(exercise.editor).toContainText("work in progress");
  await app.showMap();
  await expect(app.solvedMark(EXERCISE)).toBeVisible();
  await expect(page.getByTestId("course-overall")).toHaveText(/^1 of \d+ exercises solved$/);
  await expect(page.getByTestId("continue")).toHaveText(`Continue: ${OTHER}`);

  // Export here, import into a fresh browser: it says what it added, and the work is there.
  const saving = new SavingBar(page);
  const file = await saving.export(
    page.getByRole("banner").getByRole("button", { name: "Export my work" }),
  );
  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = new AppPage(await fresh.newPage());
  await other.goto();
  const status = await other.importWork(file);
  await expect(status).toContainText("newer code of 2 exercises");
  await expect(status).toContainText("1 newly solved exercise");
  await expect(other.solvedMark(EXERCISE)).toBeVisible();
  // Importing the same file again changes nothing, and says so.
  await other.importWork(file);
  await expect(status).toHaveText(
    "The file held nothing newer than what is here: nothing changed.",
  );
  await other.openExercise(OTHER);
  await expect(other.page.getByTestId("code-editor")).toContainText("work in progress");
  await fresh.close();
});
