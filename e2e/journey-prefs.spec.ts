/**
 * Journey, preferences: the theme follows the system until chosen, the choice and the language
 * survive a reload, `<html lang>` follows the language, and a first visit starts in the browser's.
 */
import { expect, test } from "./fixtures";

test("theme follows the system until chosen; language sets <html lang>; both persist", async ({
  app,
  page,
}) => {
  const html = page.locator("html");
  await page.emulateMedia({ colorScheme: "dark" });
  await app.goto();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).toHaveAttribute("data-theme", "light");

  await app.setTheme("dark");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await app.setLanguage("ru");
  await expect(html).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Карта курса");
  await expect(page.getByTestId("course-overall")).toHaveText(/^Решено 0 из \d+ упражнений$/);

  await page.reload();
  await expect(html).toHaveAttribute("lang", "ru");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByTestId("theme-picker")).toHaveValue("dark");
});

test.describe("a browser that prefers Russian", () => {
  test.use({ locale: "ru-RU" });

  test("starts a first visit in Russian, and the learner's choice wins after that", async ({
    app,
    page,
  }) => {
    const html = page.locator("html");
    await app.goto();
    await expect(html).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Карта курса");

    await app.setLanguage("en");
    await expect(html).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(html).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Course map");
  });
});
