/**
 * Code in one-line texts: an exercise title written with backticks ("The `__main__` guard") shows
 * its code as code, never the backticks, on the course map, in the exercise's heading and in the
 * browser tab's title (plain text there). The checker's own phrases use the same backticks; the
 * replay spec checks them in a verdict.
 */
import { expect, test } from "./fixtures";

test("a title's backtick code shows as code, not as backticks", async ({ app, page }) => {
  await app.goto();
  const link = app.courseMap.locator('a[data-exercise-id="main-guard"]');
  await expect(link.getByRole("code")).toHaveText("__main__");
  await expect(link).not.toContainText("`");
  await app.openExerciseById("main-guard");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("The __main__ guard");
  await expect(heading.getByRole("code")).toHaveText("__main__");
  await expect(page).toHaveTitle("The __main__ guard · Interleave");
});
