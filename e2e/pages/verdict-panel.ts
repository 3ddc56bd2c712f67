/** Page object: the check results of the open exercise. Waits are on its `data-state`. */
import { expect, type Locator, type Page } from "@playwright/test";

export class VerdictPanel {
  readonly root: Locator;
  readonly summary: Locator;
  readonly checks: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole("region", { name: "Check results" });
    this.summary = this.root.getByTestId("verdict-summary");
    this.checks = this.root.getByTestId("check");
  }

  /** A top-level check by its title, as the exercise words it. */
  check(title: string): Locator {
    return this.checks.filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** The targeted hint shown with a check. */
  hintOf(title: string): Locator {
    return this.check(title).getByRole("complementary", { name: "Hint" });
  }

  async waitFor(state: "passed" | "failed" | "stopped"): Promise<void> {
    await expect(this.root).toHaveAttribute("data-state", state);
  }
}
