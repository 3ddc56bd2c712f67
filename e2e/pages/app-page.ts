/**
 * Page object: the app shell (top bar, Python status) and the course map page, as a learner sees
 * them. The course map is a page of its own ("#/"); an exercise page links back to it.
 */
import { expect, type Locator, type Page } from "@playwright/test";

export class AppPage {
  readonly courseMap: Locator;
  readonly pythonStatus: Locator;

  constructor(readonly page: Page) {
    this.courseMap = page.getByRole("navigation", { name: "Course map" });
    this.pythonStatus = page.getByTestId("python-status");
  }

  /** Opens a page of the app and waits for its shell (the map, an exercise or authoring). */
  async goto(path = ""): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole("banner")).toBeVisible();
    await expect(this.page.getByRole("main")).not.toBeEmpty();
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

  /**
   * Where a solved exercise says so: its course map entry (on the map) or the "solved" badge in
   * its header (on its page).
   */
  solvedMark(title: string): Locator {
    return this.courseMap
      .locator("a[data-solved]")
      .filter({ hasText: title })
      .or(
        this.page
          .getByTestId("exercise")
          .filter({ has: this.page.getByRole("heading", { level: 1, name: title }) })
          .getByRole("img", { name: "solved" }),
      );
  }

  /** The exercise page's link back to the course map. */
  backToMap(): Locator {
    return this.page
      .getByRole("navigation", { name: "Exercise navigation" })
      .getByRole("link", { name: "Course map" });
  }

  /** Shows the course map, from wherever the app is. */
  async showMap(): Promise<void> {
    // After a reload the app renders a moment after the page's load event (its first script
    // starts Python, then loads the app): wait until one of the two is there.
    await expect(this.courseMap.or(this.backToMap())).toBeVisible();
    if (!(await this.courseMap.isVisible())) await this.backToMap().click();
    await expect(this.courseMap).toBeVisible();
  }

  /** Shows the top bar's tools: on a phone they are behind the "Menu" button. */
  async openTools(): Promise<void> {
    const menu = this.page.getByTestId("topbar-menu");
    await expect(this.page.getByRole("banner")).toBeVisible(); // the app is rendered
    if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true")
      await menu.click();
    await expect(this.page.getByTestId("language-picker")).toBeVisible();
  }

  /** Imports an exported work file with the top bar's Import; returns what the app says of it. */
  async importWork(file: { name: string; text: string }): Promise<Locator> {
    await this.page.getByTestId("import-work").setInputFiles({
      name: file.name,
      mimeType: "application/json",
      buffer: Buffer.from(file.text),
    });
    return this.page.getByTestId("import-status");
  }

  /** Switches the interface and exercise language with the header's picker. */
  async setLanguage(code: "en" | "ru"): Promise<void> {
    await this.openTools();
    await this.page.getByTestId("language-picker").selectOption(code);
  }

  /** Chooses the colour theme with the header's picker. */
  async setTheme(choice: "system" | "light" | "dark"): Promise<void> {
    await this.openTools();
    await this.page.getByTestId("theme-picker").selectOption(choice);
  }

  /** Opens an exercise by id from the course map. */
  async openExerciseById(id: string): Promise<void> {
    await this.showMap();
    await this.courseMap.locator(`a[data-exercise-id="${id}"]`).click();
    await expect(this.page.getByTestId("exercise")).toHaveAttribute("data-exercise-id", id);
  }

  async openExercise(title: string): Promise<void> {
    await this.showMap();
    await this.courseMap.getByRole("link", { name: title }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  /** Python starts when the page opens; a cold start takes a few seconds. */
  async waitForPython(): Promise<void> {
    await expect(this.pythonStatus).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
  }
}
