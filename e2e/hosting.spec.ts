/**
 * The build on a plain static host: under a sub-path (/trainer/), with no isolation headers and
 * nothing configured (e2e/hosts.ts). The app loads and runs there; with its service worker it
 * becomes cross-origin isolated after the first load, so Stop interrupts without a restart.
 */
import { expect, test } from "./fixtures";
import { PLAIN_HOST_URL } from "./hosts";

test.describe("without a service worker", () => {
  test("the app works under a sub-path of a host that sends no headers", async ({
    app,
    exercise,
    requests,
  }) => {
    await app.goto(PLAIN_HOST_URL);
    expect(await app.isolated()).toBe(false);
    await app.openExercise("Three downloads at once");
    await app.waitForPython();
    await exercise.replaceCode('print("under /trainer/")\n');
    expect(await exercise.run()).toBe("finished");
    await expect(exercise.output).toHaveText("under /trainer/\n");
    // Every file came from under the sub-path: nothing assumes the site is at the root.
    const outside = requests.filter((url) => new URL(url).pathname.indexOf("/trainer/") !== 0);
    expect(outside.filter((url) => url.startsWith("http"))).toEqual([]);
  });
});

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("it supplies the isolation headers, and Stop interrupts at once", async ({
    app,
    exercise,
    page,
  }) => {
    await app.goto(PLAIN_HOST_URL);
    // The first load is not isolated; once the service worker controls the page, it reloads once.
    await expect
      .poll(() => page.evaluate(() => window.crossOriginIsolated).catch(() => false), {
        timeout: 90_000,
      })
      .toBe(true);
    await expect(app.courseMap).toBeVisible();
    await app.openExercise("Three downloads at once");
    await app.waitForPython();
    await exercise.replaceCode("while True: pass\n");
    await exercise.startRun();
    await expect(exercise.console).toHaveAttribute("data-state", "running");
    await exercise.stop();
    await expect(exercise.summary).toHaveText("Stopped (KeyboardInterrupt).");
  });
});
