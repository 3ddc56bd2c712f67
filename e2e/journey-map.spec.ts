/**
 * Journey, the course map: a page of its own with modules, progress and "start/continue"; an
 * exercise page leads back and to its neighbours; progress shows on the map after a reload.
 */
import { expect, test } from "./fixtures";

test("the map starts the course, and the exercise page leads back and on", async ({
  app,
  page,
}) => {
  await app.goto();
  await expect(page.getByRole("heading", { level: 1, name: "Course map" })).toBeVisible();
  await expect(page.getByTestId("course-overall")).toHaveText(/^0 of \d+ exercises solved$/);
  const firstModule = page.locator('[data-module="asyncio-basics"]');
  await expect(firstModule).toContainText(/0 of \d+ solved/);
  // Every exercise says its state in words, not only with a mark.
  await expect(app.courseMap.locator('a[data-state="new"]').first()).toContainText("not started");

  // A fresh course starts at its first exercise.
  const start = page.getByTestId("continue");
  await expect(start).toHaveText("Start: Calling is not running");
  await start.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calling is not running");
  const nav = page.getByRole("navigation", { name: "Exercise navigation" });
  await expect(nav).toContainText(/asyncio basics · exercise 1 of \d+/);
  await expect(nav.getByRole("link", { name: /^Previous/ })).toHaveCount(0);

  await nav.getByRole("link", { name: "Next: Start the event loop" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start the event loop");
  await nav.getByRole("link", { name: "Previous: Calling is not running" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calling is not running");

  // Edited code counts as an attempt; "continue" comes back to it, also after a reload.
  await nav.getByRole("link", { name: "Next: Start the event loop" }).click();
  const editor = page.getByTestId("code-editor");
  await expect(editor).toHaveAttribute("data-state", "ready");
  await editor.getByRole("textbox").focus();
  await page.keyboard.insertText("# trying\n");
  await page.reload();
  await app.backToMap().click();
  await expect(page.getByTestId("continue")).toHaveText("Continue: Start the event loop");
  await expect(app.courseMap.locator('a[data-exercise-id="start-the-loop"]')).toHaveAttribute(
    "data-state",
    "attempted",
  );
  await expect(page).toHaveURL(/#\/$/);
});

test("a link to an exercise that does not exist shows the map with a notice", async ({
  page,
  app,
}) => {
  await page.goto("#/exercise/no-such-thing");
  await expect(page.getByRole("alert")).toHaveText("There is no exercise called “no-such-thing”.");
  await expect(app.courseMap).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("an exercise chosen far down the map opens at its top", async ({ app, page }) => {
    await app.goto();
    const module = page.locator('[data-module="puzzles"]');
    await module.getByRole("button", { expanded: false }).click();
    const link = app.exerciseLink("A polite crawler");
    await link.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await link.click();
    const heading = page.getByRole("heading", { level: 1, name: "A polite crawler" });
    await expect(heading).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
