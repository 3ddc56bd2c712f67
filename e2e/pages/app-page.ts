/** Page object: the app shell (course map, Python status) as a learner sees it. */
import { expect, type Locator, type Page } from "@playwright/test";

export class AppPage {
  readonly courseMap: Locator;
  readonly pythonStatus: Locator;

  constructor(readonly page: Page) {
    this.courseMap = page.getByRole("navigation", { name: "Course map" });
    this.pythonStatus = page.getByTestId("python-status");
  }

  async goto(path = ""): Promise<void> {
    await this.page.goto(path);
    await expect(this.courseMap).toBeVisible();
  }

  /**
   * Serves the page without its COOP/COEP headers, as a host that does not send them would: the
   * page is then not cross-origin isolated and has no SharedArrayBuffer.
   */
  async dropIsolationHeaders(): Promise<void> {
    await this.page.route("**/*", async (route) => {
      if (route.request().resourceType() !== "document") return route.fallback();
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["cross-origin-opener-policy"];
      delete headers["cross-origin-embedder-policy"];
      await route.fulfill({ response, headers });
    });
  }

  isolated(): Promise<boolean> {
    return this.page.evaluate(() => window.crossOriginIsolated);
  }

  /** Module headings of the course map, in order. */
  moduleHeadings(): Locator {
    return this.courseMap.getByRole("heading", { level: 2 });
  }

  /** An exercise's link in the course map. */
  exerciseLink(title: string): Locator {
    return this.courseMap.getByRole("link", { name: title });
  }

  /** The ✓ the course map shows beside a solved exercise. */
  solvedMark(title: string): Locator {
    return this.exerciseLink(title).getByRole("img", { name: "solved" });
  }

  /** Switches the interface and exercise language with the header's picker. */
  async setLanguage(code: "en" | "ru"): Promise<void> {
    await this.page.getByRole("banner").getByRole("combobox").selectOption(code);
  }

  async openExercise(title: string): Promise<void> {
    await this.courseMap.getByRole("link", { name: title }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  /** Python starts when the page opens; a cold start takes a few seconds. */
  async waitForPython(): Promise<void> {
    await expect(this.pythonStatus).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
  }
}
