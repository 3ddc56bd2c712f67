/** Page object: the timeline of the last run or check. */
import { expect, type Locator, type Page } from "@playwright/test";

export class TimelinePanel {
  readonly root: Locator;
  readonly lanes: Locator;
  readonly rows: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("timeline");
    this.lanes = page.getByRole("list", { name: "Timeline lanes" });
    this.rows = this.lanes.getByRole("listitem");
    this.details = page.getByTestId("timeline-details");
  }

  async waitForTrace(): Promise<void> {
    await expect(this.root).toHaveAttribute("data-state", "ready");
  }

  /** The row of the lane with this (accessible) name, e.g. "Thread-1 (work) (thread)". */
  row(name: string): Locator {
    return this.lanes.getByRole("listitem", { name, exact: true });
  }
}
