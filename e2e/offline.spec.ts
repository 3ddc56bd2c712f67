/**
 * Offline after one visit: the service worker precaches the whole site, so with the network cut a
 * reload still brings up the app, Python starts, and programs run and are checked. A new version
 * installs beside the old one and waits until the learner accepts the reload.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "./fixtures";

/** The built service worker, as the preview server serves it. */
const SW_FILE = new URL("../dist/sw.js", import.meta.url);

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

test("a new version installs beside the old one; the learner is told and reloads into it", async ({
  app,
  page,
}) => {
  await app.goto();
  await expect(page.getByTestId("offline-ready")).toBeVisible({ timeout: 90_000 });
  // A new deployment: the page's revision in sw.js's precache list changes. Same length, so the
  // preview server (which keeps each file's length from its start) serves it whole.
  const original = readFileSync(SW_FILE, "utf8");
  const next = original.replace(
    /("revision":")([0-9a-f])([0-9a-f]*","url":"index\.html")/,
    (_, head: string, first: string, rest: string) => `${head}${first === "0" ? "1" : "0"}${rest}`,
  );
  expect(next).not.toBe(original);
  writeFileSync(SW_FILE, next);
  try {
    await page.reload();
    const banner = page.getByTestId("update-banner");
    await expect(banner).toBeVisible({ timeout: 90_000 });
    await banner.getByRole("button", { name: "Reload" }).click();
    // The page reloads under the new version: nothing waits any more, and the notice is gone.
    await expect
      .poll(
        () =>
          page
            .evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              return registration?.waiting === null && registration.active !== null;
            })
            .catch(() => false),
        { timeout: 60_000 },
      )
      .toBe(true);
    await expect(app.courseMap).toBeVisible();
    await expect(banner).toHaveCount(0);
  } finally {
    writeFileSync(SW_FILE, original);
  }
});
