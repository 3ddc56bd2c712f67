/**
 * Instructors' packs: from a URL (`?pack=`), from files dropped on the page; a malformed one shows
 * its mistakes by file and field while the built-in course still works; a pack's progress is kept
 * apart from the built-in course's even where the ids are the same (the demo reuses one); a
 * hostile pack (a style sheet, a form posting off-site, a remote image, a duplicate id) is
 * refused file by file, naming both files of the duplicate, and none of it reaches the page.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { PACKS_DIR, PackSection } from "./pages/pack-section";

const demoSolution = (
  JSON.parse(readFileSync(new URL("demo/two-timers.json", PACKS_DIR), "utf8")) as {
    solution: string;
  }
).solution;

test("a pack from a URL loads, runs and keeps its progress apart", async ({
  app,
  exercise,
  page,
}) => {
  const pack = new PackSection(page);
  await pack.servePacks();
  await app.goto("?pack=packs/demo/pack.json");
  await pack.waitLoaded("Demo pack");
  await expect(pack.root.getByRole("heading", { name: "Timers" })).toBeVisible();

  await pack.exerciseLink("Two timers together").click();
  await expect(page.getByRole("heading", { level: 1, name: "Two timers together" })).toBeVisible();
  await app.waitForPython();
  await exercise.check();
  await exercise.verdict.waitFor("failed");

  await exercise.grantClipboard();
  await exercise.pasteCode(demoSolution);
  await exercise.check();
  await exercise.verdict.waitFor("passed");
  await expect(app.solvedMark("Two timers together")).toBeVisible();
  // The pack lives on the course map page, under the built-in course.
  await app.showMap();
  await expect(pack.exerciseLink("Two timers together")).toHaveAttribute("data-state", "solved");
  // The built-in exercise with the same id is untouched.
  await expect(app.solvedMark("Three downloads at once")).toHaveCount(0);

  // A reload keeps the pack and its progress.
  await page.reload();
  await app.showMap();
  await pack.waitLoaded("Demo pack");
  await expect(pack.exerciseLink("Two timers together")).toHaveAttribute("data-state", "solved");
});

test("a dropped pack file opens, and Remove takes it away", async ({ app, page }) => {
  const pack = new PackSection(page);
  await app.goto();
  await pack.drop("demo/course.json", "demo/two-timers.json");
  await pack.waitLoaded("course.json, two-timers.json");
  // Its exercises show their state and difficulty, as the course's do.
  const link = pack.exerciseLink("Two timers together");
  await expect(link).toHaveAttribute("data-state", "new");
  await expect(link).toContainText("not started");
  await expect(link).toContainText("easy");
  await pack.exerciseLink("Two timers together").click();
  await expect(page.getByRole("heading", { level: 1, name: "Two timers together" })).toBeVisible();

  await app.showMap();
  await pack.root.getByRole("button", { name: "Remove pack" }).click();
  await expect(pack.label).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Two timers together" })).toHaveCount(0);
});

test("a malformed pack shows its mistakes by file and field; the course still works", async ({
  app,
  exercise,
  page,
}) => {
  const pack = new PackSection(page);
  await app.goto();
  await pack.drop("broken-timers.json");
  await expect(pack.errors).toBeVisible();
  await expect(pack.errors).toContainText("broken-timers.json");
  await expect(pack.errors.getByText("difficulty", { exact: true })).toBeVisible();
  await expect(pack.errors.getByText("checks[0].near", { exact: true })).toBeVisible();

  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  await exercise.replaceCode('print("course still works")\n');
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("course still works\n");
});

test("a hostile pack: style, an off-site form, a remote image and a duplicate id are refused by file", async ({
  app,
  page,
}) => {
  const pack = new PackSection(page);
  await app.goto();
  const files = ["styled", "form", "remote-image", "honest", "same-id"];
  await pack.drop("demo/course.json", ...files.map((name) => `hostile/${name}.json`));
  await expect(pack.errors).toBeVisible();
  await expect(pack.errors).toContainText("styled.json");
  await expect(pack.errors).toContainText("<style>");
  await expect(pack.errors).toContainText("form.json");
  await expect(pack.errors).toContainText("<form>");
  await expect(pack.errors).toContainText("remote-image.json");
  await expect(pack.errors).toContainText("image from another site");
  await expect(pack.errors).toContainText(
    '"honest" is already the id of the exercise in honest.json; same-id.json is left out',
  );
  // Nothing of it reached the page (and, by the fixture's guard, no request left 127.0.0.1).
  await expect(page.locator("style", { hasText: "background:red" })).toHaveCount(0);
  await expect(page.locator('form[action*="evil.example"]')).toHaveCount(0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(255, 0, 0)");
});
