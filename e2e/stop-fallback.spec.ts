/**
 * Stop on a host that does not send the isolation headers: no interrupt buffer, so the page
 * replaces the Python worker instead, and the next run works on the new one.
 */
import { expect, test } from "./fixtures";

test("without isolation headers, Stop restarts Python and the next run works", async ({
  app,
  exercise,
}) => {
  await app.dropIsolationHeaders();
  await app.goto();
  expect(await app.isolated()).toBe(false);
  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  await exercise.replaceCode("while True: pass\n");
  await exercise.startRun();
  await expect(exercise.console).toHaveAttribute("data-state", "running");
  await exercise.stop();
  await expect(exercise.summary).toHaveText("Stopped (Python was restarted to end the program).");

  await app.waitForPython();
  await exercise.replaceCode('print("fresh worker")\n');
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("fresh worker\n");
});
