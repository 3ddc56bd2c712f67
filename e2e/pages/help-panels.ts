/** Page object: the general hints and the reference solution beside the task. */
import { type Locator, type Page } from "@playwright/test";

export class HelpPanels {
  readonly hints: Locator;
  readonly shownHints: Locator;
  readonly solution: Locator;
  readonly showSolution: Locator;
  readonly solutionCode: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.hints = page.getByRole("region", { name: "Hints" });
    this.shownHints = this.hints.getByRole("listitem");
    this.solution = page.getByRole("region", { name: "Solution" });
    this.showSolution = this.solution.getByRole("button", { name: "Show the solution" });
    this.solutionCode = this.solution.getByLabel("Reference solution", { exact: true });
    this.dialog = page.getByRole("dialog", { name: "Reveal the reference solution?" });
  }

  /** The "Show a hint (N left)" button. */
  showHintButton(left: number): Locator {
    return this.hints.getByRole("button", { name: `Show a hint (${left} left)` });
  }
}
