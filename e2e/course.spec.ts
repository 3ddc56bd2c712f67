/**
 * The whole course in the browser: every exercise of the pack, read the way the app reads it
 * (the same files through the same loader), is opened from the course map, its reference
 * solution is pasted into the editor and checked, and the verdict must be "passed". Exercises
 * added later are covered without touching this file. One page for all of them: Python starts
 * once and the test moves between exercises through the course map, so this is also the test that
 * one worker does every check of the course without running out of memory. A failing exercise is
 * reported (with its verdict) and the others are still checked.
 */
import { loadPack, localize } from "../src/exercises";
import { DEFAULT_PACK_DIR, readPackFiles } from "../src/exercises/node";
import { expect, test } from "./fixtures";
import { plainInlineCode } from "../src/features/exercise/inline-code";

const pack = loadPack(readPackFiles(DEFAULT_PACK_DIR));

/** Generous per-exercise budget: a check is one run per check kind that needs one, in Pyodide. */
const SECONDS_PER_EXERCISE = 20;

test("every exercise's reference solution passes its checks in the app", async ({
  app,
  exercise,
  page,
}) => {
  test.setTimeout(60_000 + pack.exercises.length * SECONDS_PER_EXERCISE * 1000);
  expect(pack.errors, "the pack loads without errors").toEqual([]);
  expect(pack.exercises.length).toBeGreaterThan(0);

  await exercise.grantClipboard();
  await app.goto();
  const links = app.courseMap.locator("a[data-exercise-id]");
  // The course map lists exactly the pack's exercises.
  await expect(links).toHaveCount(pack.exercises.length);
  await app.waitForPython();

  for (const item of pack.exercises) {
    await test.step(item.id, async () => {
      await app.openExerciseById(item.id);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        plainInlineCode(localize(item.title, "en")),
      );
      await exercise.pasteCode(localize(item.solution, "en"));
      expect(await exercise.check(), `${item.id}: how the check ended`).toBe("checked");
      const state = await exercise.verdict.root.getAttribute("data-state");
      const report = state === "passed" ? "" : await exercise.verdict.root.innerText();
      expect.soft(state, `${item.id}: verdict\n${report}`).toBe("passed");
      if (state === "passed")
        await expect(app.solvedMark(plainInlineCode(localize(item.title, "en")))).toBeVisible();
    });
  }
});
