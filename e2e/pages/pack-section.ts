/** Page object: the instructor's pack on the course map page, and ways to open one (URL, drop). */
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

/** The test packs (e2e/packs/), also served by {@link PackSection.serveDemo}. */
export const PACKS_DIR = new URL("../packs/", import.meta.url);

export class PackSection {
  readonly root: Locator;
  readonly label: Locator;
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("custom-pack");
    this.label = page.getByTestId("custom-pack-label");
    this.errors = page.getByTestId("custom-pack-errors");
  }

  /** Serves e2e/packs/ at `<site>/packs/` (a pack published beside the site). */
  async servePacks(): Promise<void> {
    await this.page.route("**/packs/**", async (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^.*\/packs\//, "");
      try {
        const body = readFileSync(new URL(path, PACKS_DIR), "utf8");
        await route.fulfill({ body, contentType: "application/json" });
      } catch {
        await route.fulfill({ status: 404, body: "not found" });
      }
    });
  }

  /** Drops files of e2e/packs/ on the page, as a learner dragging them from their desktop. */
  async drop(...names: string[]): Promise<void> {
    const files = names.map((name) => ({
      name: name.split("/").pop() ?? name,
      text: readFileSync(new URL(name, PACKS_DIR), "utf8"),
    }));
    const transfer = await this.page.evaluateHandle((list) => {
      const data = new DataTransfer();
      for (const file of list)
        data.items.add(new File([file.text], file.name, { type: "application/json" }));
      return data;
    }, files);
    await this.page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
    await this.page.dispatchEvent("body", "drop", { dataTransfer: transfer });
  }

  exerciseLink(title: string): Locator {
    return this.root.getByRole("link", { name: title });
  }

  async waitLoaded(label: string): Promise<void> {
    await expect(this.label).toHaveText(label);
  }
}
