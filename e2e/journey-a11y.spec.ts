/**
 * Journey, accessibility: axe finds no serious or critical violation (contrast included) on the
 * course map and on an exercise page with a verdict, console and timeline, in light and dark.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const theme of ["light", "dark"] as const) {
  test(`no serious accessibility violation on any page (${theme})`, async ({
    app,
    exercise,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await app.goto();
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    expect(await seriousViolations(page), "course map").toEqual([]);

    await app.openExercise("Three downloads at once");
    await app.waitForPython();
    expect(await exercise.check()).toBe("checked");
    expect(await exercise.run()).toBe("finished");
    await exercise.timeline.waitForTrace();
    expect(await seriousViolations(page), "exercise page").toEqual([]);
  });
}
