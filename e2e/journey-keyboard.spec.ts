/**
 * Journey, keyboard only: Ctrl+Enter runs and Ctrl+Shift+Enter checks from the editor; Esc
 * leaves the editor for the Run button; Ctrl+M turns "Tab moves focus" on (and the page says
 * so), after which Tab leaves the editor too; Reset asks in a dialog Escape can dismiss.
 */
import { expect, test } from "./fixtures";

test("run, check and leave the editor with the keyboard alone", async ({ app, exercise, page }) => {
  await app.goto();
  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  await exercise.waitForEditor();
  const textbox = exercise.editor.getByRole("textbox");
  await textbox.focus();

  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(exercise.console).toHaveAttribute("data-run-id", "1");
  await expect(exercise.console).toHaveAttribute("data-outcome", "finished");

  await textbox.focus();
  await page.keyboard.press("ControlOrMeta+Shift+Enter");
  await expect(exercise.console).toHaveAttribute("data-run-id", "2");
  await expect(exercise.console).toHaveAttribute("data-outcome", "checked", { timeout: 90_000 });
  await expect(exercise.verdict.root).toHaveAttribute("data-state", "failed");

  // Esc: out of the editor, onto the first control after it.
  await textbox.focus();
  await page.keyboard.press("Escape");
  await expect(exercise.runButton).toBeFocused();

  // Ctrl+M: Tab moves focus instead of indenting, and the page says which it does.
  const tabFocus = page.getByTestId("tab-focus");
  await expect(tabFocus).toHaveText("Tab key: indents (Ctrl+M switches)");
  await textbox.focus();
  await page.keyboard.press("Control+M");
  await expect(tabFocus).toHaveText("Tab key: moves focus (Ctrl+M switches)");
  await page.keyboard.press("Tab");
  await expect(textbox).not.toBeFocused();
  await textbox.focus();
  await page.keyboard.press("Control+M");
  await expect(tabFocus).toHaveText("Tab key: indents (Ctrl+M switches)");

  // Reset asks first; Escape answers "no" and keeps the code.
  await page.keyboard.insertText("# mine\n");
  await exercise.resetButton.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Reset the code to the starter?" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(exercise.editor).toContainText("# mine");
});
