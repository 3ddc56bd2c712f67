/**
 * Offline after one visit: the service worker precaches the whole site, so with the network cut a
 * reload still brings up the app, Python starts, and programs run and are checked.
 */
import { expect, test } from "./fixtures";

test.use({ serviceWorkers: "allow" });

test("after one visit, the app runs and checks programs with the network cut", async ({
  app,
  exercise,
  page,
  context,
}) => {
  await app.goto();
  // Shown once the service worker has cached every file of the site.
  await expect(page.getByTestId("offline-ready")).toBeVisible({ timeout: 90_000 });
  await app.waitForPython();

  await context.setOffline(true);
  await page.reload();
  await expect(app.courseMap).toBeVisible();
  await app.openExercise("Three downloads at once");
  await app.waitForPython();
  expect(await app.isolated()).toBe(true);
  await exercise.replaceCode('import asyncio\nasyncio.run(asyncio.sleep(2))\nprint("offline")\n');
  expect(await exercise.run()).toBe("finished");
  await expect(exercise.output).toHaveText("offline\n");
  await expect(exercise.summary).toContainText(/Finished in 2\.\d\d s/);
  await exercise.check();
  await exercise.verdict.waitFor("failed");
});
