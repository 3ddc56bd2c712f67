/**
 * Replay of a failing explored schedule: a lock-counter attempt that locks the read and the write
 * separately fails "under every schedule" with the lost update explained; the learner opens the
 * replay, steps through the accesses with the keyboard, and the editor highlights where each
 * thread is, and the main timeline shows that schedule's run with the racing accesses marked.
 * Screenshot in test-results/screenshots/replay.png.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const EXERCISE = "A counter that never loses a count";
const CHECK = "Prints counter = 4000 under every schedule";
/** The case that locks the read and the write separately (line 15 reads, line 17 writes). */
const SPLIT_LOCKS = readFileSync(
  new URL("../exercises/threading/lock-counter.cases/wrong-locked-separately.py", import.meta.url),
  "utf8",
);

test("a failing schedule is explained and can be stepped through from the keyboard", async ({
  app,
  exercise,
}) => {
  // Eight explored schedules of 4 x 1,000 iterations, then the replay: slow on a loaded machine.
  test.setTimeout(900_000);
  await exercise.grantClipboard();
  await app.goto();
  await app.openExercise(EXERCISE);
  await app.waitForPython();
  await exercise.pasteCode(SPLIT_LOCKS);
  expect(await exercise.check()).toBe("checked");
  const { verdict } = exercise;
  await verdict.waitFor("failed");
  const check = verdict.check(CHECK);
  await expect(check).toHaveAttribute("data-passed", "false");
  // The explanation names the threads, the lines and the values, the variable set as code.
  await expect(check).toContainText(/read counter \(\d+\) at line 15/);
  await expect(check).toContainText(/wrote \d+ to counter at line 17/);
  const lostUpdate = check.getByRole("listitem").filter({ hasText: "overwritten and lost" });
  await expect(lostUpdate.getByRole("code").first()).toHaveText("counter");
  await expect(check).not.toContainText("`");
  await expect(check).toContainText("overwritten and lost");

  await check.getByTestId("replay-open").click();
  const replay = check.getByTestId("replay");
  await expect(replay).toBeVisible();
  // It opens at the first conflicting access: a read of counter, highlighted on its line.
  await expect(replay.getByTestId("replay-step")).toContainText("conflicting access");
  await expect(replay.getByTestId("replay-positions")).toContainText(/read counter = \d+/);
  await expect(exercise.editor).toHaveAttribute("data-highlights", /\b15\b/);
  await expect(replay.locator('[data-conflict="true"]')).not.toHaveCount(0);
  // The main timeline shows this schedule's run, its racing accesses marked on their lanes.
  const timeline = exercise.page.getByTestId("timeline");
  await expect(timeline).toHaveAttribute("data-source", "replay");
  await expect(timeline.locator('[data-access="conflict"]')).not.toHaveCount(0);
  await expect(timeline.locator("[data-current]")).toHaveCount(1);
  await expect(timeline.locator("[data-conflicts]")).not.toHaveCount(0);

  const start = Number(await replay.getAttribute("data-step"));
  await replay.focus();
  await exercise.page.keyboard.press("ArrowRight");
  await expect(replay).toHaveAttribute("data-step", String(start + 1));
  await exercise.page.keyboard.press("ArrowLeft");
  await expect(replay).toHaveAttribute("data-step", String(start));
  await exercise.page.keyboard.press("End");
  const last = Number(await replay.getAttribute("data-step"));
  expect(last).toBeGreaterThan(start);
  await exercise.page.keyboard.press("Home");
  await expect(replay).toHaveAttribute("data-step", "0");
  await replay.screenshot({ path: "test-results/screenshots/replay.png" });

  // Closing the replay clears the editor's highlights.
  await replay.getByRole("button", { name: "Close the replay" }).click();
  await expect(exercise.editor).toHaveAttribute("data-highlights", "");
  await expect(timeline).toHaveAttribute("data-source", "check");
});
