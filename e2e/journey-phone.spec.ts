/**
 * Journey, phone width (390x844): in English and Russian, the course map and an exercise page
 * scroll only vertically, and every button lies wholly inside the viewport's width, the top bar's
 * menu open or closed; the closed top bar is one short line; the timeline's lane names are whole.
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

/** Lane names cut short by an ellipsis (their text is wider than their box). */
const cutLaneNames = (page: Page) =>
  page
    .getByTestId("timeline-row")
    .locator(".timeline-row__name")
    .evaluateAll((names) =>
      names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent),
    );

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
    expect(await cutLaneNames(page)).toEqual([]);
    // The language is in the top bar's menu, which stays open after the choice.
    await app.setLanguage(lang);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await clipped(page)).toEqual([]);
    // Esc closes the menu and gives the focus back to its button; the bar is one line again.
    const menu = page.getByTestId("topbar-menu");
    await page.getByTestId("language-picker").focus();
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(page.getByTestId("language-picker")).toBeHidden();
    const bar = await page.getByRole("banner").boundingBox();
    expect(bar?.height).toBeLessThan(844 / 10);
    expect(await clipped(page)).toEqual([]);

    await page.goto("#/");
    await expect(page.getByTestId("course-map")).toBeVisible();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await clipped(page)).toEqual([]);
    await app.openTools();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await clipped(page)).toEqual([]);
  });
}

test.describe("on a touch screen", () => {
  test.use({ isMobile: true, hasTouch: true });

  test("the editor's keyboard shortcuts are not listed", async ({ app, exercise, page }) => {
    await app.goto();
    await page.getByTestId("continue").click();
    await exercise.waitForEditor();
    await expect(page.getByTestId("editor-keys")).toBeHidden();
  });
});
