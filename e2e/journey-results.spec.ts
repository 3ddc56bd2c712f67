/**
 * Journey, the latest result in view: keyboard Run, Check, Run from the editor, on a phone and a
 * laptop screen. After a run the console (output and how it ended) is on screen; after a check,
 * the verdict's summary; after the next run the old verdict is folded to one line and the new
 * console is on screen, not pushed below the fold.
 */
import { expect, test } from "./fixtures";

const SCREENS = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1366, height: 800 },
} as const;

for (const [name, viewport] of Object.entries(SCREENS)) {
  test.describe(name, () => {
    test.use({ viewport });

    test(`Run, Check, Run: the latest result is always in view (${name})`, async ({
      app,
      exercise,
      page,
    }) => {
      test.setTimeout(180_000);
      await app.goto();
      await app.openExercise("Three downloads at once");
      await app.waitForPython();
      await exercise.waitForEditor();
      const textbox = exercise.editor.getByRole("textbox");

      await textbox.focus();
      await page.keyboard.press("ControlOrMeta+Enter");
      await expect(exercise.console).toHaveAttribute("data-run-id", "1");
      await expect(exercise.console).toHaveAttribute("data-outcome", "finished");
      await expect(exercise.output).toBeInViewport();
      await expect(exercise.summary).toBeInViewport();

      // Back to the top of the page, as after reading the task, then check from the editor.
      await page.evaluate(() => window.scrollTo(0, 0));
      await textbox.focus();
      await page.keyboard.press("ControlOrMeta+Shift+Enter");
      await expect(exercise.console).toHaveAttribute("data-outcome", "checked", {
        timeout: 90_000,
      });
      await exercise.verdict.waitFor("failed");
      await expect(exercise.verdict.summary).toBeInViewport();

      await textbox.focus();
      await page.keyboard.press("ControlOrMeta+Enter");
      await expect(exercise.console).toHaveAttribute("data-run-id", "3");
      await expect(exercise.console).toHaveAttribute("data-outcome", "finished");
      const previous = page.getByTestId("verdict");
      await expect(previous).toHaveAttribute("data-previous", "true");
      await expect(exercise.verdict.checks.first()).toBeHidden();
      await expect(exercise.output).toBeInViewport();
      await expect(exercise.summary).toBeInViewport();
    });
  });
}
