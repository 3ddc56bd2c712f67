/**
 * Journey, accessibility: axe finds no serious or critical violation (contrast included) on every
 * page, in light and dark: the course map (with the top bar's menu open on a phone), the map with
 * a malformed pack's errors, an exercise page with a verdict, console and timeline, and authoring.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PackSection } from "./pages/pack-section";

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

    await app.goto("#/author");
    await expect(page.getByTestId("authoring")).toBeVisible();
    expect(await seriousViolations(page), "authoring").toEqual([]);

    await app.goto("#/");
    const pack = new PackSection(page);
    await pack.drop("broken-timers.json");
    await expect(pack.errors).toBeVisible();
    expect(await seriousViolations(page), "a malformed pack's errors").toEqual([]);
  });

  test(`no serious accessibility violation on a phone, menu open (${theme})`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: theme });
    await app.goto();
    await app.openTools();
    expect(await seriousViolations(page), "course map, menu open").toEqual([]);
  });
}
