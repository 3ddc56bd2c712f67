/**
 * Journey, phone width (390x844): in English and Russian, the course map and an exercise page
 * scroll only vertically, and every button lies wholly inside the viewport's width.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

/** Buttons, links and selects whose box sticks out of the viewport sideways. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const element of document.querySelectorAll("button, a[href], select, summary")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < 0 || box.right > window.innerWidth + 0.5)
        out.push(`${element.textContent?.trim() ?? ""} [${box.left}, ${box.right}]`);
    }
    return out;
  });
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const lang of ["en", "ru"] as const) {
  test(`nothing is clipped or scrolls sideways on a phone (${lang})`, async ({
    app,
    exercise,
    page,
  }) => {
    test.setTimeout(240_000);
    // The run goes through the English page objects; the language switches after it.
    await app.goto();
    await page.getByTestId("continue").click();
    await exercise.waitForEditor();
    await app.waitForPython();
    expect(await exercise.run()).toBe("finished");
    await exercise.timeline.waitForTrace();
    await app.setLanguage(lang);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await clipped(page)).toEqual([]);

    await page.goto("#/");
    await expect(page.getByTestId("course-map")).toBeVisible();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await clipped(page)).toEqual([]);
  });
}
